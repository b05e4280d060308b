using Sahifa.Web.Articles;
using Sahifa.Web.Caching;

namespace Sahifa.Web.Feeds;

/// RSS 2.0, Atom and JSON Feed 1.1 for the whole site and for every archive:
///
///   GET /feed.xml    /atom.xml    /feed.json
///   GET /sections/{slug}/feed.xml   .../atom.xml   .../feed.json
///   GET /tags/{slug}/...   /sources/{slug}/...   /authors/{slug}/...
///
/// and the same again in each other edition under its prefix (`/en/feed.xml`, `/en/sections/{slug}/feed.xml`).
/// Each answers GET and HEAD, with ETag and Last-Modified, and 304 to a current copy.
public static class FeedsModule
{
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedOptions>()
            .BindConfiguration("Sahifa:Feeds")
            .Validate(o => o.Items is >= 1 and <= FeedOptions.MaxItems, $"Sahifa:Feeds:Items must be between 1 and {FeedOptions.MaxItems}")
            .ValidateOnStart();
        builder.Services.AddScoped<ServeFeed>();
        return builder;
    }

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("").WithTags("Feeds").ExcludeFromDescription()
            .WithMetadata(new PublicPage([], [PublicPageTags.Feeds]));
        foreach (var format in Enum.GetValues<FeedFormat>())
        {
            // The route templates come from ArticleUrls, the same code that writes the links.
            feeds.MapMethods(ArticleUrls.Feed(format), GetAndHead, (ServeFeed feed, HttpContext http, CancellationToken ct) =>
                feed.HandleAsync(ServeFeed.Scope.Site, null, format, http, ct));
            Map(feeds, format, ServeFeed.Scope.Section, "/sections/{slug}");
            Map(feeds, format, ServeFeed.Scope.Tag, "/tags/{slug}");
            Map(feeds, format, ServeFeed.Scope.Source, "/sources/{slug}");
            Map(feeds, format, ServeFeed.Scope.Author, "/authors/{slug}");
        }

        return app;
    }

    // Feed validators and some readers probe with HEAD before they GET.
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static void Map(RouteGroupBuilder feeds, FeedFormat format, ServeFeed.Scope scope, string archive) =>
        feeds.MapMethods(ArticleUrls.Feed(format, archive), GetAndHead, (string slug, ServeFeed feed, HttpContext http, CancellationToken ct) =>
            feed.HandleAsync(scope, slug, format, http, ct));
}
