using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
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
    DateTime PublishedAt,
    MediaView? Image = null)
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
    IReadOnlyList<ArticleTagView> Tags,
    MediaView? LeadImage = null,
    string Edition = Editions.Edition.Arabic,
    int? TranslationOfId = null)
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
            a.Section.Name, a.Section.Slug, a.PublishedAt!.Value,
            MediaView.Of(a.LeadImageId, a.LeadImage!.Width, a.LeadImage.Height,
                a.LeadImageAlt ?? a.LeadImage.Alt, a.LeadImageCaption ?? a.LeadImage.Caption, a.LeadImageCredit ?? a.LeadImage.Credit, a.LeadImage.Renditions)));

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

    /// The article page's story and its published corrections, in two queries whatever the
    /// number of authors, sources, tags and corrections. Null when there is no such article.
    public static async Task<(ArticleView Article, List<Corrections.CorrectionNote> Corrections, bool InGroup)?> ArticlePageAsync(
        this SahifaDb db, int id, CancellationToken ct)
    {
        if (await ArticleRowQuery(db, id, ct) is not { } row)
        {
            return null;
        }

        var authors = new List<BylineAuthor>();
        var sources = new List<CitedSource>();
        var tags = new List<ArticleTagView>();
        await foreach (var link in LinksQuery(db, id).WithCancellation(ct))
        {
            switch (link.Kind)
            {
                case LinkKind.Author:
                    authors.Add(new BylineAuthor(link.Name, link.Slug));
                    break;
                case LinkKind.Source:
                    sources.Add(new CitedSource(link.Name, link.Slug, link.Url));
                    break;
                default:
                    tags.Add(new ArticleTagView(link.Name, link.Slug, link.TagKind ?? TagKind.Topic));
                    break;
            }
        }

        var article = new ArticleView(
            row.Id, row.Slug, row.Headline, row.Standfirst, row.BodyHtml, row.TypeOfWork, row.Status, row.IsBreaking,
            row.DeskName, row.SectionName, row.SectionSlug, row.PublishedAt, row.UpdatedAt, authors, sources, tags,
            MediaView.Of(row.LeadImageId, row.LeadImageWidth, row.LeadImageHeight, row.LeadImageAlt, row.LeadImageCaption, row.LeadImageCredit, row.LeadImageRenditions),
            row.Edition, row.TranslationOfId);
        return (article, row.Corrections, row.TranslationOfId is not null || row.HasTranslations);
    }

    // Compiled once: the page that is read most is built without EF Core translating the same
    // expression again on every request.
    //
    // The corrections ride along with the article's row: a single-table collection, which SQLite
    // reads by index. The byline, sources and tags do not: as collections each is a (link table
    // JOIN names) subquery that SQLite materialises for every article in the store on every
    // reading, and together they multiply the row, body and all.
    private static readonly Func<SahifaDb, int, CancellationToken, Task<ArticleRow?>> ArticleRowQuery =
        EF.CompileAsyncQuery((SahifaDb db, int id, CancellationToken ct) => db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleRow
            {
                Id = a.Id,
                Slug = a.Slug,
                Headline = a.Headline,
                Standfirst = a.Standfirst,
                BodyHtml = a.BodyHtml,
                TypeOfWork = a.TypeOfWork,
                Status = a.Status,
                IsBreaking = a.IsBreaking,
                DeskName = a.DeskName,
                SectionName = a.Section.Name,
                SectionSlug = a.Section.Slug,
                PublishedAt = a.PublishedAt,
                UpdatedAt = a.UpdatedAt,
                // The lead photograph is one joined row: its renditions ride in it as JSON.
                LeadImageId = a.LeadImageId,
                LeadImageWidth = (int?)a.LeadImage!.Width,
                LeadImageHeight = (int?)a.LeadImage.Height,
                LeadImageAlt = a.LeadImageAlt ?? a.LeadImage.Alt,
                LeadImageCaption = a.LeadImageCaption ?? a.LeadImage.Caption,
                LeadImageCredit = a.LeadImageCredit ?? a.LeadImage.Credit,
                LeadImageRenditions = a.LeadImage.Renditions,
                Edition = a.Edition,
                TranslationOfId = a.TranslationOfId,
                // Whether any article translates this one: most have none, and then the page
                // asks for no group.
                HasTranslations = db.Articles.Any(t => t.TranslationOfId == a.Id),
                Corrections = db.Corrections.Where(c => c.ArticleId == a.Id)
                    .OrderBy(c => c.PublishedAt).ThenBy(c => c.Id)
                    .Select(c => new Corrections.CorrectionNote(
                        c.Id, c.ArticleId, c.Kind, c.Text, c.PublishedAt,
                        db.ArticleRevisions.Where(r => r.Id == c.RevisionId).Select(r => (int?)r.Number).FirstOrDefault()))
                    .ToList(),
            })
            .SingleOrDefault());

    // An article's byline, sources and tags as one list: three indexed lookups in one UNION ALL.
    // Tags first: a UNION's columns take their types from its first part, and the tag kind is
    // stored as text.
    private static readonly Func<SahifaDb, int, IAsyncEnumerable<Link>> LinksQuery =
        EF.CompileAsyncQuery((SahifaDb db, int id) =>
            db.Set<ArticleTag>().Where(x => x.ArticleId == id)
                .Select(x => new Link { Kind = LinkKind.Tag, Position = x.Position, Name = x.Tag.Name, Slug = x.Tag.Slug, Url = null, TagKind = x.Tag.Kind })
                .Concat(db.Set<ArticleAuthor>().Where(x => x.ArticleId == id)
                    .Select(x => new Link { Kind = LinkKind.Author, Position = x.Position, Name = x.Author.Name, Slug = x.Author.Slug, Url = null, TagKind = null }))
                .Concat(db.Set<ArticleSource>().Where(x => x.ArticleId == id)
                    .Select(x => new Link { Kind = LinkKind.Source, Position = x.Position, Name = x.Source.Name, Slug = x.Source.Slug, Url = x.Source.Url, TagKind = null }))
                .OrderBy(l => l.Kind).ThenBy(l => l.Position)
                .AsQueryable());

    private sealed class ArticleRow
    {
        public int Id { get; init; }
        public string Slug { get; init; } = "";
        public string Headline { get; init; } = "";
        public string Standfirst { get; init; } = "";
        public string BodyHtml { get; init; } = "";
        public TypeOfWork TypeOfWork { get; init; }
        public ArticleStatus Status { get; init; }
        public bool IsBreaking { get; init; }
        public string? DeskName { get; init; }
        public string SectionName { get; init; } = "";
        public string SectionSlug { get; init; } = "";
        public DateTime? PublishedAt { get; init; }
        public DateTime UpdatedAt { get; init; }
        public int? LeadImageId { get; init; }
        public int? LeadImageWidth { get; init; }
        public int? LeadImageHeight { get; init; }
        public string? LeadImageAlt { get; init; }
        public string? LeadImageCaption { get; init; }
        public string? LeadImageCredit { get; init; }
        public string? LeadImageRenditions { get; init; }
        public string Edition { get; init; } = "";
        public int? TranslationOfId { get; init; }
        public bool HasTranslations { get; init; }
        public List<Corrections.CorrectionNote> Corrections { get; init; } = [];
    }

    private enum LinkKind
    {
        Author,
        Source,
        Tag,
    }

    // Set by member initialisers, every member on every side, as EF Core needs to translate the
    // UNION.
    private sealed class Link
    {
        public LinkKind Kind { get; init; }
        public int Position { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public string? Url { get; init; }
        public TagKind? TagKind { get; init; }
    }
}
