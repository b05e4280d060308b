using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Revisions;

namespace Sahifa.Web.Corrections;

/// `/articles/{id}/changes/{number}`: what one public revision changed, word by word, against the
/// previous public revision, or against the text as first published. Only revisions an editor
/// marked public (with a correction, or by hand) are shown; the rest of the history is the
/// newsroom's.
public sealed class ChangesModel(SahifaDb db, TimeProvider clock) : PageModel, Editions.IInArticleEdition
{
    public sealed record Version(int Number, DateTime CreatedAt, string Headline, string Standfirst, string Body);

    public int ArticleId { get; private set; }

    public string ArticleUrl { get; private set; } = "";

    public string? ArticleEdition { get; private set; }

    public string ArticleHeadline { get; private set; } = "";

    public Version Revision { get; private set; } = null!;

    /// What the revision is compared with; null when it is itself the first published text.
    public Version? Before { get; private set; }

    public WordDiff.Comparison Headline { get; private set; } = null!;

    public WordDiff.Comparison Standfirst { get; private set; } = null!;

    public WordDiff.Comparison Body { get; private set; } = null!;

    public IReadOnlyList<(int Number, DateTime CreatedAt)> PublicRevisions { get; private set; } = [];

    public IReadOnlyList<CorrectionNote> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Id == id).Select(a => new { a.Slug, a.Headline, a.Edition }).SingleOrDefaultAsync(ct);
        if (article is null)
        {
            return NotFound();
        }

        var revisions = db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id);
        var revision = await revisions.Where(r => r.Number == number && r.IsPublic).Select(Project).SingleOrDefaultAsync(ct);
        if (revision is null)
        {
            return NotFound();
        }

        // The previous public revision; failing that, the first text readers saw.
        Before = await revisions.Where(r => r.Number < number && r.IsPublic).OrderByDescending(r => r.Number).Select(Project).FirstOrDefaultAsync(ct)
            ?? await revisions.Where(r => r.Number < number && (r.Status == ArticleStatus.Published || r.Status == ArticleStatus.Scheduled))
                .OrderBy(r => r.Number).Select(Project).FirstOrDefaultAsync(ct);
        ArticleId = id;
        ArticleEdition = article.Edition;
        ArticleUrl = ArticleUrls.Article(id, article.Slug);
        ArticleHeadline = article.Headline;
        Revision = revision;
        Headline = WordDiff.Compare(Before?.Headline ?? revision.Headline, revision.Headline);
        Standfirst = WordDiff.Compare(Before?.Standfirst ?? revision.Standfirst, revision.Standfirst);
        Body = WordDiff.Compare(Before?.Body ?? revision.Body, revision.Body);
        PublicRevisions = (await revisions.Where(r => r.IsPublic).OrderBy(r => r.Number).Select(r => new { r.Number, r.CreatedAt }).ToListAsync(ct))
            .Select(r => (r.Number, r.CreatedAt)).ToList();
        Notes = (await db.CorrectionsForAsync([id], ct)).Where(n => n.RevisionNumber == number).ToList();
        return Page();
    }

    private static readonly System.Linq.Expressions.Expression<Func<ArticleRevision, Version>> Project =
        r => new Version(r.Number, r.CreatedAt, r.Headline, r.Standfirst, r.BodyMarkdown);
}
