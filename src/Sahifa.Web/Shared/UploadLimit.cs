using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Sahifa.Web.Shared;

/// An upload cap on a page or endpoint (a WordPress export, a photograph), as ASP.NET Core's own
/// request-size and form limits. Routing applies endpoint metadata before authentication and
/// antiforgery read the body, so Kestrel's 30 MB default never cuts a large file short, and a
/// file over the cap is never read at all.
public static class UploadLimit
{
    // Room for the multipart framing and the form's other fields around the file itself.
    private const long Framing = 1024 * 1024;

    public static RequestSizeLimitAttribute RequestSize(long maxFileBytes) => new(maxFileBytes + Framing);

    /// The limits of one page, set once the options that hold its cap are known.
    public static void LimitUploads<TOptions>(this IServiceCollection services, string pagePath, Func<TOptions, long> maxFileBytes)
        where TOptions : class =>
        services.AddOptions<RazorPagesOptions>().PostConfigure<IOptions<TOptions>>((pages, options) =>
            pages.Conventions.AddPageApplicationModelConvention(pagePath, page =>
            {
                var limit = maxFileBytes(options.Value);
                page.EndpointMetadata.Add(RequestSize(limit));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
                page.Filters.Add(new RefuseDeclaredOversize(limit));
            }));

    // A body that says up front it is too big gets 413 (and the error page's Arabic) before
    // antiforgery reads it: read, it would fail there and come back as a bare 400. One that
    // does not say (chunked) is stopped by the form limit as it streams.
    private sealed class RefuseDeclaredOversize(long limit) : IAuthorizationFilter, IOrderedFilter
    {
        // Before the antiforgery check (1000) and the form limits (900).
        public int Order => 800;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            if (context.HttpContext.Request.ContentLength > limit)
            {
                context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            }
        }
    }
}
