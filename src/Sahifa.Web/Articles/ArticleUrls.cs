using Sahifa.Arabic;

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

    private static string Paged(string path, int page) => page <= 1 ? path : $"{path}?page={page}";
}
