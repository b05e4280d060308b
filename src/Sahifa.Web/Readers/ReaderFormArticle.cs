using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Readers;

/// What a reader's form page needs of the article.
public sealed record ReaderFormArticle(int Id, string Slug, string Headline, bool CommentsClosed, DateTime? PublishedAt, string Edition = Editions.Edition.Arabic)
{
    public string Url => ArticleUrls.Article(Id, Slug);
}

public static class ReaderFormQueries
{
    /// Only published articles take readers' posts.
    public static Task<ReaderFormArticle?> ReaderFormArticleAsync(this SahifaDb db, int id, DateTime now, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .PublishedAsOf(now)
            .Where(a => a.Id == id)
            .Select(a => new ReaderFormArticle(a.Id, a.Slug, a.Headline, a.CommentsClosed, a.PublishedAt, a.Edition))
            .SingleOrDefaultAsync(ct);
}
