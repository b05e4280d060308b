using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Corrections;

/// A published correction as readers see it; RevisionNumber links to "what changed".
public sealed record CorrectionNote(int Id, int ArticleId, CorrectionKind Kind, string Text, DateTime PublishedAt, int? RevisionNumber)
{
    public string? ChangesUrl => RevisionNumber is { } n ? ArticleUrls.Changes(ArticleId, n) : null;
}

/// The article page's corrections: serious ones above the text, the rest after it.
public sealed record ArticleCorrections(IReadOnlyList<CorrectionNote> Serious, IReadOnlyList<CorrectionNote> Other)
{
    public const string ViewDataKey = "Corrections";

    public static ArticleCorrections From(IReadOnlyList<CorrectionNote> notes) => new(
        notes.Where(n => CorrectionKinds.IsSerious(n.Kind)).ToList(),
        notes.Where(n => !CorrectionKinds.IsSerious(n.Kind)).ToList());

    public DateTime? Latest => Serious.Concat(Other).Select(n => (DateTime?)n.PublishedAt).Max();
}

/// One line of /corrections: the note and its article.
public sealed record CorrectionListItem(CorrectionNote Note, string Headline, string Slug)
{
    public string ArticleUrl => ArticleUrls.Article(Note.ArticleId, Slug);
}

public static class CorrectionQueries
{
    public const int PageSize = 20;

    /// Readers' requests nobody has accepted or declined yet: the desk counts them.
    public static Task<int> OpenCorrectionRequestCountAsync(this SahifaDb db, CancellationToken ct) =>
        db.CorrectionRequests.CountAsync(r => r.Status == CorrectionRequestStatus.Open, ct);

    private static IQueryable<CorrectionNote> Notes(this SahifaDb db, IQueryable<Correction> corrections) =>
        corrections.Select(c => new CorrectionNote(
            c.Id, c.ArticleId, c.Kind, c.Text, c.PublishedAt,
            db.ArticleRevisions.Where(r => r.Id == c.RevisionId).Select(r => (int?)r.Number).FirstOrDefault()));

    /// The corrections of some articles, oldest first within each (the page and the API).
    public static Task<List<CorrectionNote>> CorrectionsForAsync(this SahifaDb db, IReadOnlyCollection<int> articleIds, CancellationToken ct) =>
        db.Notes(db.Corrections.AsNoTracking()
                .Where(c => articleIds.Contains(c.ArticleId))
                .OrderBy(c => c.PublishedAt).ThenBy(c => c.Id))
            .ToListAsync(ct);

    /// Every correction on a public article, newest first; null past the last page.
    public static async Task<Paged<CorrectionListItem>?> PageOfCorrectionsAsync(this SahifaDb db, int page, DateTime now, CancellationToken ct, string? edition = null)
    {
        if (page < 1)
        {
            return null;
        }

        // Each edition's page lists the corrections to its own articles.
        var published = edition is null ? db.Articles.PublishedAsOf(now) : db.Articles.PublishedAsOf(now).Where(a => a.Edition == edition);
        var corrections = db.Corrections.AsNoTracking().Where(c => published.Any(a => a.Id == c.ArticleId));
        var total = await corrections.CountAsync(ct);
        var rows = await corrections
            .OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new
            {
                Note = new CorrectionNote(c.Id, c.ArticleId, c.Kind, c.Text, c.PublishedAt,
                    db.ArticleRevisions.Where(r => r.Id == c.RevisionId).Select(r => (int?)r.Number).FirstOrDefault()),
                a.Headline,
                a.Slug,
            })
            .ToListAsync(ct);
        if (rows.Count == 0 && page > 1)
        {
            return null;
        }

        return new Paged<CorrectionListItem>(rows.Select(r => new CorrectionListItem(r.Note, r.Headline, r.Slug)).ToList(), page, PageSize, total);
    }
}
