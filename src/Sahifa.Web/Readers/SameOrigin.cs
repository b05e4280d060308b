using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Readers;

public static class SameOrigin
{
    /// Refuses a post that a browser says came from another site: Sec-Fetch-Site when the browser
    /// sends it, otherwise Origin. A request with neither (an old browser, curl) passes; it
    /// carries no one's authority anyway, since staff cookies never reach public paths.
    public static bool IsCrossSite(HttpRequest request, SiteOptions site)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // "none" is a navigation the reader started (a bookmark); same-site is another
            // subdomain, which may not be ours.
            return fetchSite is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        var own = $"{request.Scheme}://{request.Host}";
        return !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(origin, site.BaseUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}

/// On a readers' form page: POSTs from another site get 403 (an Arabic page says why).
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseCrossSitePostsAttribute : Attribute, IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        var site = context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        if (HttpMethods.IsPost(request.Method) && SameOrigin.IsCrossSite(request, site))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
