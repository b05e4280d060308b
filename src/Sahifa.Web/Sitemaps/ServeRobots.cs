using System.Text;
using Sahifa.Web.Articles;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// `GET /robots.txt`: crawl everything public, and here are the sitemaps.
public static class ServeRobots
{
    // The newsroom is staff-only and the API repeats the pages as JSON. Search results are an
    // endless space of near-duplicate pages, which search engines ask sites to keep out of crawls.
    public static IResult Handle(SiteUrls urls, HttpContext http)
    {
        var origin = urls.Origin(http.Request);
        http.Response.Headers.CacheControl = ConditionalGet.CacheControl;
        var robots = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /newsroom/\n")
            .Append("Disallow: /api/\n")
            .Append("Disallow: /search\n")
            .Append('\n')
            .Append("Sitemap: ").Append(origin).Append(ArticleUrls.SitemapIndex).Append('\n')
            .Append("Sitemap: ").Append(origin).Append(ArticleUrls.NewsSitemap).Append('\n')
            .ToString();
        return TypedResults.Text(robots, "text/plain; charset=utf-8");
    }
}
