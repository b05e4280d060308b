using Microsoft.Extensions.Options;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Articles;

/// Absolute forms of the paths <see cref="ArticleUrls"/> builds, for everything read away from
/// the page: canonical links, feeds, sitemaps, social cards and structured data.
public sealed class SiteUrls(IOptions<SiteOptions> site)
{
    /// `https://sahifa.example`, without a trailing slash: `Sahifa:Site:BaseUrl` when set,
    /// otherwise the scheme and host the request came in on.
    public string Origin(HttpRequest request) =>
        site.Value.BaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <param name="path">A site path starting with "/", e.g. from <see cref="ArticleUrls"/>;
    /// an absolute URL is returned as it is.</param>
    public string Absolute(HttpRequest request, string path) =>
        path.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? path
            : Origin(request) + path;
}
