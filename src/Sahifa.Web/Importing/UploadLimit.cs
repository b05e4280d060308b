using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Newsroom.Import;

namespace Sahifa.Web.Importing;

/// The upload cap (`Sahifa:Import:MaxUploadMegabytes`) on the newsroom's import page and the
/// import API, as ASP.NET Core's own request-size and form limits. Routing applies endpoint
/// metadata before authentication and antiforgery read the body, so Kestrel's 30 MB default
/// never cuts a large export short.
public static class UploadLimit
{
    // Room for the multipart framing and the form's other fields around the file itself.
    private const long Framing = 1024 * 1024;

    public static RequestSizeLimitAttribute RequestSize(ImportOptions options) => new(options.MaxUploadBytes + Framing);

    /// The page's limits, set once the import options are known.
    internal static void AddToImportPage(this IServiceCollection services) =>
        services.AddOptions<RazorPagesOptions>().PostConfigure<IOptions<ImportOptions>>((pages, import) =>
            pages.Conventions.AddPageApplicationModelConvention(IndexModel.PagePath, page =>
            {
                var options = import.Value;
                page.EndpointMetadata.Add(RequestSize(options));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = options.MaxUploadBytes });
                page.Filters.Add(new RefuseDeclaredOversize(options.MaxUploadBytes));
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
