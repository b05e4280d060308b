using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Sahifa.Web.Caching;

/// Endpoint metadata: "this answer is the same for every anonymous reader", so the server caches
/// it, browsers and CDNs may keep it, and it carries validators. Only pages that set no cookie
/// and show nothing per reader get it.
/// <param name="QueryKeys">The query parameters the page reads (e.g. "page"); any other makes
/// the answer uncachable, so made-up query strings cannot fill the cache.</param>
/// <param name="Tags">Cache tags the endpoint always carries (e.g. "feeds"); pages add the rest
/// from what they show.</param>
public sealed record PublicPage(string[] QueryKeys, string[] Tags)
{
    /// For answers drawn from something other than the database (the search index): the version
    /// of that source, part of the cache key, so a copy built before the source changed is never
    /// served after; null while the source is not fit to be cached.
    public Func<HttpContext, string?>? Version { get; init; }

    // Notices after a reader's post ("your comment awaits review", "correction request sent"):
    // each such copy is cached on its own and cleared with the article's page.
    public static readonly PublicPage Article = new([Comments.NewModel.AwaitingQuery, Corrections.NewModel.SentQuery], []);
    public static readonly PublicPage Paged = new(["page"], []);
}

/// Cache tags, the names an eviction and a CDN purge use. Slugs are Arabic and response headers
/// are ASCII, so they are percent-encoded.
public static class PublicPageTags
{
    /// Every public answer; evicted when something every page shows changes (the section list).
    public const string All = "public";
    public const string Front = "front";
    public const string Feeds = "feeds";
    public const string Sitemaps = "sitemaps";
    public const string Search = "search";

    public static string Article(int id) => $"article-{id}";

    public static string Section(string slug) => "section-" + Uri.EscapeDataString(slug);

    public static string Tag(string slug) => "tag-" + Uri.EscapeDataString(slug);

    public static string Source(string slug) => "source-" + Uri.EscapeDataString(slug);

    public static string Author(string slug) => "author-" + Uri.EscapeDataString(slug);

    /// Adds tags to the answer being built: for the server's cache, and the headers a CDN purges by.
    public static void Add(HttpContext context, IEnumerable<string> tags)
    {
        var list = tags.ToList();
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            cache.Tags.UnionWith(list);
        }

        var headers = context.Response.Headers;
        // Fastly reads Surrogate-Key (space separated), Cloudflare Cache-Tag (comma separated).
        var all = StringValues.Concat(headers["Surrogate-Key"], new StringValues([.. list]));
        var distinct = all.Where(t => t is { Length: > 0 }).SelectMany(t => t!.Split(' ')).Distinct(StringComparer.Ordinal).ToArray();
        headers["Surrogate-Key"] = string.Join(' ', distinct);
        headers["Cache-Tag"] = string.Join(',', distinct);
    }
}
