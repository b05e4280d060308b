using Sahifa.Web.Articles;
using Sahifa.Web.Caching;

namespace Sahifa.Web.Sitemaps;

/// What search engines read to find every public page:
///
///   GET /sitemap.xml           the sitemap index
///   GET /sitemaps/{name}.xml   one file of it: pages, sections, tags, sources, authors, articles-YYYY-MM
///   GET /sitemap-news.xml      Google News: the last 48 hours
///   GET /robots.txt            points at both
///
/// The first three once per edition, the others' under their prefix (`/en/sitemap.xml`,
/// `/en/sitemaps/...`, `/en/sitemap-news.xml`); robots.txt only at the root, naming them all.
public static class SitemapsModule
{
    public const string ContentType = "application/xml; charset=utf-8";

    public static WebApplicationBuilder AddSitemaps(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SitemapOptions>()
            .BindConfiguration("Sahifa:Sitemaps")
            .Validate(o => o.PageSize is >= 1 and <= SitemapWriter.MaxUrls, $"Sahifa:Sitemaps:PageSize must be between 1 and {SitemapWriter.MaxUrls}")
            .ValidateOnStart();
        builder.Services.AddScoped<ServeSitemapIndex>();
        builder.Services.AddScoped<ServeSitemap>();
        builder.Services.AddScoped<ServeNewsSitemap>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder app)
    {
        var sitemaps = app.MapGroup("").WithTags("Sitemaps").ExcludeFromDescription()
            .WithMetadata(new PublicPage([], [PublicPageTags.Sitemaps]));
        sitemaps.MapMethods(ArticleUrls.SitemapIndex, GetAndHead, (ServeSitemapIndex index, HttpContext http, CancellationToken ct) =>
            index.HandleAsync(http, ct));
        sitemaps.MapMethods(ArticleUrls.Sitemap("{name}"), GetAndHead, (string name, ServeSitemap sitemap, HttpContext http, CancellationToken ct) =>
            sitemap.HandleAsync(name, http, ct));
        // Not cached: the news sitemap changes with the clock (a 48-hour window), not with saves.
        app.MapGroup("").WithTags("Sitemaps").ExcludeFromDescription().MapMethods(ArticleUrls.NewsSitemap, GetAndHead, (ServeNewsSitemap news, HttpContext http, CancellationToken ct) =>
            news.HandleAsync(http, ct));
        sitemaps.MapMethods(ArticleUrls.Robots, GetAndHead, ServeRobots.Handle);
        return app;
    }

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
