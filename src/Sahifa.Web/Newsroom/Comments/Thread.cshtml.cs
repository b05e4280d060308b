using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Comments;

/// `/newsroom/comments/articles/{id}`: whether readers may comment on one article, and the
/// button that closes or reopens its thread. The article editor links here.
[Authorize(Policy = StaffPolicies.Editor)]
public sealed class ThreadModel(SahifaDb db, AuditTrail audit, TimeProvider clock, IOptionsMonitor<CommentOptions> settings) : PageModel
{
    public int ArticleId { get; private set; }

    public string Headline { get; private set; } = "";

    public string ArticleUrl { get; private set; } = "";

    public bool ClosedByEditor { get; private set; }

    /// Open as far as the editor is concerned, but past the site's CloseAfterDays.
    public bool ClosedByAge { get; private set; }

    public int CloseAfterDays => settings.CurrentValue.CloseAfterDays;

    public IReadOnlyDictionary<CommentStatus, int> Counts { get; private set; } = new Dictionary<CommentStatus, int>();

    public async Task<IActionResult> OnGetAsync(int articleId, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => new { a.Headline, a.Slug, a.CommentsClosed, a.PublishedAt })
            .SingleOrDefaultAsync(ct);
        if (article is null)
        {
            return NotFound();
        }

        ArticleId = articleId;
        Headline = article.Headline;
        ArticleUrl = ArticleUrls.Article(articleId, article.Slug);
        ClosedByEditor = article.CommentsClosed;
        ClosedByAge = !article.CommentsClosed
            && !CommentQueries.IsOpen(false, article.PublishedAt, settings.CurrentValue, clock.GetUtcNow().UtcDateTime);
        Counts = await db.Comments.Where(c => c.ArticleId == articleId)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Page();
    }

    /// `open=false` closes the thread, `open=true` reopens it. Only the flag changes: the article's
    /// version stays, so an editor with the article open can still save it.
    public async Task<IActionResult> OnPostAsync(int articleId, bool open, CancellationToken ct)
    {
        var headline = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Headline).SingleOrDefaultAsync(ct);
        if (headline is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentsClosed, !open), ct);
        // The page loses or regains its form: tell the change feed (ExecuteUpdate bypasses it).
        db.Record([articleId], clock.GetUtcNow().UtcDateTime);
        audit.Add(open ? AuditActions.CommentsOpened : AuditActions.CommentsClosed, AuditActions.ArticleSubject(articleId, headline));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Notice"] = open ? "فُتح باب التعليق على المقال." : "أُغلق باب التعليق على المقال.";
        return new SeeOtherResult(Url.Page("/Newsroom/Comments/Thread", new { articleId })!);
    }
}
