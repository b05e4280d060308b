using Sahifa.Arabic;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Articles;

/// Every public URL is built here, so pages, the API, feeds and sitemaps agree.
/// Arabic slugs are percent-encoded: Kestrel refuses raw non-ASCII in a Location header.
public static class ArticleUrls
{
    public static string Article(int id, string slug) => $"/articles/{id}/{Slugs.ToUrlSegment(slug)}";

    public static string Section(string slug, int page = 1) => Paged($"/sections/{Slugs.ToUrlSegment(slug)}", page);

    public static string Tag(string slug, int page = 1) => Paged($"/tags/{Slugs.ToUrlSegment(slug)}", page);

    public static string Source(string slug, int page = 1) => Paged($"/sources/{Slugs.ToUrlSegment(slug)}", page);

    public static string Author(string slug, int page = 1) => Paged($"/authors/{Slugs.ToUrlSegment(slug)}", page);

    public static string Front(int page = 1) => Paged("/", page);

    public static string CorrectionForm(int id, string slug) => Article(id, slug) + "#correction";

    public static string ApiArticle(int id) => $"/api/v1/articles/{id}";

    // The readers' forms (issue 5). Posting goes to these paths; a GET shows the form on its own.
    public static string CommentForm(int id) => $"/articles/{id}/comments";

    public static string Reply(int id, int commentId) => $"/articles/{id}/comments?replyTo={commentId}";

    public static string CorrectionRequest(int id) => $"/articles/{id}/corrections";

    /// The public "what changed" view of one revision the editor marked public.
    public static string Changes(int id, int revisionNumber) => $"/articles/{id}/changes/{revisionNumber}";

    /// Every public correction, newest first.
    public static string Corrections(int page = 1) => Paged("/corrections", page);

    /// A feed of the whole site (`archive` empty: `/feed.xml`) or of an archive
    /// (`/sections/{slug}/feed.xml`): the feed sits beside the page it follows.
    public static string Feed(FeedFormat format, string archive = "") => archive + "/" + format switch
    {
        FeedFormat.Rss => "feed.xml",
        FeedFormat.Atom => "atom.xml",
        FeedFormat.Json => "feed.json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public const string SitemapIndex = "/sitemap.xml";

    public const string NewsSitemap = "/sitemap-news.xml";

    public const string Robots = "/robots.txt";

    /// One file listed by the sitemap index, e.g. `/sitemaps/articles-2026-03.xml`.
    public static string Sitemap(string name) => $"/sitemaps/{name}.xml";

    /// The search page with schema.org's placeholder for the query, for the front page's SearchAction.
    public const string SearchTemplate = "/search?q={search_term_string}";

    private static string Paged(string path, int page) => page <= 1 ? path : $"{path}?page={page}";
}
