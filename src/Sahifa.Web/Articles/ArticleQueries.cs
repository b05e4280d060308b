using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Articles;

/// A story as it appears in a list: front page, archives.
public sealed record ArticleCard(
    int Id,
    string Slug,
    string Headline,
    string Standfirst,
    TypeOfWork TypeOfWork,
    bool IsBreaking,
    string SectionName,
    string SectionSlug,
    DateTime PublishedAt)
{
    public string Url => ArticleUrls.Article(Id, Slug);
}

public sealed record BylineAuthor(string Name, string Slug);

public sealed record CitedSource(string Name, string Slug, string? Url);

public sealed record ArticleTagView(string Name, string Slug, TagKind Kind);

/// Everything the article page shows, read in one query.
public sealed record ArticleView(
    int Id,
    string Slug,
    string Headline,
    string Standfirst,
    string BodyHtml,
    TypeOfWork TypeOfWork,
    ArticleStatus Status,
    bool IsBreaking,
    string? DeskName,
    string SectionName,
    string SectionSlug,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    IReadOnlyList<BylineAuthor> Authors,
    IReadOnlyList<CitedSource> Sources,
    IReadOnlyList<ArticleTagView> Tags)
{
    public string Url => ArticleUrls.Article(Id, Slug);
}

/// One page of a paginated list, with what the pager needs.
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

public static class ArticleQueries
{
    public const int PageSize = 12;

    /// What the public may see: published, and not dated in the future. A scheduled article is
    /// public from its time on every node at once, even in the second before the scheduler has
    /// marked it published (the scheduler's job is the side effects: log, search, caches).
    public static IQueryable<Article> PublishedAsOf(this IQueryable<Article> articles, DateTime now) =>
        articles.Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt <= now);

    /// The same rule for one article already read.
    public static bool IsPublicAt(ArticleStatus status, DateTime? publishedAt, DateTime now) =>
        status is ArticleStatus.Published or ArticleStatus.Scheduled && publishedAt <= now;

    // Which articles belong to an archive, said once for the archive pages and their feeds.
    public static Expression<Func<Article, bool>> InSection(int sectionId) => a => a.SectionId == sectionId;

    public static Expression<Func<Article, bool>> Tagged(int tagId) => a => a.Tags.Any(t => t.TagId == tagId);

    public static Expression<Func<Article, bool>> Citing(int sourceId) => a => a.Sources.Any(s => s.SourceId == sourceId);

    public static Expression<Func<Article, bool>> ByAuthor(int authorId) => a => a.Authors.Any(x => x.AuthorId == authorId);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    public static IQueryable<ArticleCard> ToCards(this IQueryable<Article> articles) =>
        articles.Select(a => new ArticleCard(
            a.Id, a.Slug, a.Headline, a.Standfirst, a.TypeOfWork, a.IsBreaking,
            a.Section.Name, a.Section.Slug, a.PublishedAt!.Value));

    /// Null when the page number is past the end (the caller answers 404).
    public static async Task<Paged<ArticleCard>?> PageOfCardsAsync(
        this IQueryable<Article> published, int page, CancellationToken ct, int pageSize = PageSize)
    {
        if (page < 1)
        {
            return null;
        }

        var total = await published.CountAsync(ct);
        var items = await published.NewestFirst().Skip((page - 1) * pageSize).Take(pageSize).ToCards().ToListAsync(ct);
        if (items.Count == 0 && page > 1)
        {
            return null;
        }

        return new Paged<ArticleCard>(items, page, pageSize, total);
    }

    public static Task<ArticleView?> ArticleViewAsync(this SahifaDb db, int id, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(
                a.Id, a.Slug, a.Headline, a.Standfirst, a.BodyHtml, a.TypeOfWork, a.Status, a.IsBreaking,
                a.DeskName, a.Section.Name, a.Section.Slug, a.PublishedAt, a.UpdatedAt,
                a.Authors.OrderBy(x => x.Position).Select(x => new BylineAuthor(x.Author.Name, x.Author.Slug)).ToList(),
                a.Sources.OrderBy(x => x.Position).Select(x => new CitedSource(x.Source.Name, x.Source.Slug, x.Source.Url)).ToList(),
                a.Tags.OrderBy(x => x.Position).Select(x => new ArticleTagView(x.Tag.Name, x.Tag.Slug, x.Tag.Kind)).ToList()))
            .SingleOrDefaultAsync(ct);
}
