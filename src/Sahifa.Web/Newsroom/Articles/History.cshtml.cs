using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Revisions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Articles;

/// `/newsroom/articles/{id}/history`: every save, who made it and why, a word-level comparison
/// of any two, and a way back to any of them. Restoring is itself a save, so it can be undone.
public sealed class HistoryModel(SahifaDb db, SaveArticle save, AuditTrail audit) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];
    public ArticleRevision? From { get; private set; }
    public ArticleRevision? To { get; private set; }
    public WordDiff.Comparison? HeadlineDiff { get; private set; }
    public WordDiff.Comparison? StandfirstDiff { get; private set; }
    public WordDiff.Comparison? BodyDiff { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if ((from is not null && Revisions.All(r => r.Number != from)) || (to is not null && Revisions.All(r => r.Number != to)))
        {
            return NotFound();
        }

        // By default: the latest save against the one before it.
        To = Revisions.FirstOrDefault(r => r.Number == to) ?? (Revisions.Count > 0 ? Revisions[0] : null);
        From = Revisions.FirstOrDefault(r => r.Number == from)
            ?? Revisions.FirstOrDefault(r => To is not null && r.Number < To.Number);

        if (From is not null && To is not null)
        {
            HeadlineDiff = WordDiff.Compare(From.Headline, To.Headline);
            StandfirstDiff = WordDiff.Compare(From.Standfirst, To.Standfirst);
            BodyDiff = WordDiff.Compare(From.BodyMarkdown, To.BodyMarkdown);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var revision = Revisions.FirstOrDefault(r => r.Number == number);
        var input = revision is null ? null : EditorForm.FromSnapshot(revision.Snapshot);
        if (input is null)
        {
            return NotFound();
        }

        // The words come back; the workflow state stays where it is now (restoring an old draft
        // does not unpublish the article, and restoring never publishes it).
        var restored = input with { Status = ArticleStates.Code(Article.Status == ArticleStatus.Scheduled ? ArticleStatus.Published : Article.Status), PublishedAt = Article.PublishedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null };
        if (ArticleRules.Validate(restored) is { Count: > 0 })
        {
            TempData["Notice"] = "تعذّرت استعادة هذه النسخة: لا تستوفي شروط الحالة الحالية للمادة (مثل المقدمة أو النص للمادة المنشورة).";
            return new SeeOtherResult(Url.Page("/Newsroom/Articles/History", new { id })!);
        }

        var result = await save.UpdateAsync(id, restored, new ArticleEdit { Note = $"استعادة النسخة {number}" }, StaffActor.From(HttpContext), ct);
        if (result.Outcome != SaveOutcome.Saved)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditActions.RevisionRestored, AuditActions.ArticleSubject(id, Article.Headline), $"النسخة {number}", ct: ct);
        TempData["Notice"] = $"استُعيدت النسخة {number} في نسخة جديدة.";
        // Not Url.Page: it picks the id-less "newsroom/articles/new" route and puts id in the query.
        return new SeeOtherResult($"/newsroom/articles/{id}");
    }

    public async Task<IActionResult> OnPostPublicAsync(int id, int number, bool isPublic, CancellationToken ct)
    {
        if (!ArticleAccess.IsEditor(User))
        {
            return Forbid();
        }

        var changed = await db.ArticleRevisions
            .Where(r => r.ArticleId == id && r.Number == number)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IsPublic, isPublic), ct);
        if (changed == 0)
        {
            return NotFound();
        }

        TempData["Notice"] = isPublic ? $"النسخة {number} تظهر الآن للقرّاء في «ما الذي تغيّر»." : $"أُخفيت النسخة {number} عن القرّاء.";
        return new SeeOtherResult(Url.Page("/Newsroom/Articles/History", new { id })!);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return NotFound();
        }

        if (!ArticleAccess.CanEdit(User, article))
        {
            return Forbid();
        }

        Article = article;
        Revisions = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id).OrderByDescending(r => r.Number).ToListAsync(ct);
        return null;
    }
}
