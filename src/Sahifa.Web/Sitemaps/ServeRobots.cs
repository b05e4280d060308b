using System.Text;
using Sahifa.Web.Articles;
using Sahifa.Web.Editions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// `GET /robots.txt`: crawl everything public, and here are the sitemaps: every edition's index
/// and news sitemap, since a crawler reads robots.txt only at the root.
public static class ServeRobots
{
    // The newsroom is staff-only and the API repeats the pages as JSON. Search results are an
    // endless space of near-duplicate pages, which search engines ask sites to keep out of crawls;
    // each edition has its own search page.
    public static IResult Handle(SiteUrls urls, SiteEditions editions, HttpContext http)
    {
        var origin = urls.Origin(http.Request);
        http.Response.Headers.CacheControl = ConditionalGet.CacheControl;
        var robots = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /newsroom/\n")
            .Append("Disallow: /api/\n");
        foreach (var edition in editions.All)
        {
            robots.Append("Disallow: ").Append(edition.Path("/search")).Append('\n');
        }

        robots.Append('\n');
        foreach (var edition in editions.All)
        {
            robots.Append("Sitemap: ").Append(origin).Append(edition.Path(ArticleUrls.SitemapIndex)).Append('\n')
                .Append("Sitemap: ").Append(origin).Append(edition.Path(ArticleUrls.NewsSitemap)).Append('\n');
        }

        return TypedResults.Text(robots.ToString(), "text/plain; charset=utf-8");
    }
}
