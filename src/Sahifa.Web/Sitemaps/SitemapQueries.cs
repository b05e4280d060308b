using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Editions;
using Sahifa.Web.Media;

namespace Sahifa.Web.Sitemaps;

/// A change to an archive: one of its published articles, or (grouped) the latest of them.
/// A class with init setters, not a positional record, so EF can group and order by its members.
public sealed class ArchiveChange
{
    public required string Slug { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? PublishedAt { get; init; }
}

/// Reads shared by the sitemap index and the sitemap files. Archives (sections, tags, sources,
/// authors) appear only while they hold a published article: an empty archive is not worth a
/// crawl. Joins, not nested subqueries, so SQLite (which has no lateral joins) can run them.
public static class SitemapQueries
{
    public static IQueryable<ArchiveChange> ChangesBy(this IQueryable<Article> published, SitemapKind kind) => kind switch
    {
        SitemapKind.Sections => published.Select(a => new ArchiveChange { Slug = a.Section.Slug, UpdatedAt = a.UpdatedAt, PublishedAt = a.PublishedAt }),
        SitemapKind.Tags => published.SelectMany(a => a.Tags, (a, t) => new ArchiveChange { Slug = t.Tag.Slug, UpdatedAt = a.UpdatedAt, PublishedAt = a.PublishedAt }),
        SitemapKind.Sources => published.SelectMany(a => a.Sources, (a, s) => new ArchiveChange { Slug = s.Source.Slug, UpdatedAt = a.UpdatedAt, PublishedAt = a.PublishedAt }),
        SitemapKind.Authors => published.SelectMany(a => a.Authors, (a, x) => new ArchiveChange { Slug = x.Author.Slug, UpdatedAt = a.UpdatedAt, PublishedAt = a.PublishedAt }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// One row per archive, in slug order so that pages are stable.
    public static IQueryable<ArchiveChange> Archives(this IQueryable<ArchiveChange> changes) =>
        changes.GroupBy(c => c.Slug)
            .OrderBy(g => g.Key)
            .Select(g => new ArchiveChange { Slug = g.Key, UpdatedAt = g.Max(c => c.UpdatedAt), PublishedAt = g.Max(c => c.PublishedAt) });

    public static string ArchivePath(SitemapKind kind, string slug) => kind switch
    {
        SitemapKind.Sections => ArticleUrls.Section(slug),
        SitemapKind.Tags => ArticleUrls.Tag(slug),
        SitemapKind.Sources => ArticleUrls.Source(slug),
        SitemapKind.Authors => ArticleUrls.Author(slug),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// Articles published in one UTC calendar month, oldest first so that a page's contents
    /// never shift when new articles arrive.
    public static IQueryable<Article> PublishedInMonth(this IQueryable<Article> published, int year, int month)
    {
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddMonths(1);
        return published.Where(a => a.PublishedAt >= start && a.PublishedAt < end)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id);
    }

    /// The absolute URL of an article's lead photograph (the rendition feeds and social cards
    /// name), from the columns a LEFT JOIN gives; null when there is none. Sitemaps read only the
    /// renditions: the alt text and credit are not part of what Google still reads.
    public static string? ImageUrl(string origin, int? leadImageId, string? renditions) =>
        MediaView.Of(leadImageId, null, null, null, null, null, renditions) is { } photo ? origin + photo.Card.Path : null;

    public static int PageCount(int count, int pageSize) => (count + pageSize - 1) / pageSize;

    /// The public members of the translation groups whose originals are <paramref name="roots"/>,
    /// keyed by original: one query for a whole page of an article file, rather than one per
    /// article. <paramref name="published"/> is every edition's public articles, not only the file's.
    public static async Task<ILookup<int, Translations.Member>> PublicGroupsAsync(
        this IQueryable<Article> published, IReadOnlyCollection<int> roots, CancellationToken ct) =>
        (await published.InGroupsOf(roots).ToListAsync(ct)).ToLookup(m => m.Root);
}
