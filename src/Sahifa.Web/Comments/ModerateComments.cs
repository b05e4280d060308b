using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Comments;

/// Approve, mark as spam, trash or send back to the queue: one comment from the API or a row of
/// the moderation queue, or many at once from its bulk actions. Every change is in the audit log.
public sealed class ModerateComments(SahifaDb db, AuditTrail audit, TimeProvider clock)
{
    public const int MaxBatch = 200;

    /// How many comments changed state; comments already in that state are left as they are.
    public async Task<int> SetStatusAsync(IReadOnlyCollection<int> ids, CommentStatus status, ClaimsPrincipal editor, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var comments = await db.Comments
            .Where(c => ids.Contains(c.Id) && c.Status != status)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = editor.FindFirstValue(ClaimTypes.Email) ?? editor.Identity?.Name ?? "";
        var articles = await db.Articles
            .Where(a => comments.Select(c => c.ArticleId).Contains(a.Id))
            .Select(a => new { a.Id, a.Headline })
            .ToDictionaryAsync(a => a.Id, a => a.Headline, ct);
        // The article pages that now show a comment more or less: their caches and followers
        // of the change feed must hear of it (see ArticleChange).
        db.Record(comments.Where(c => c.Status == CommentStatus.Approved || status == CommentStatus.Approved).Select(c => c.ArticleId), now);
        foreach (var comment in comments)
        {
            audit.Add(
                Action(status),
                $"تعليق {comment.Id} على مقال {comment.ArticleId}: «{articles.GetValueOrDefault(comment.ArticleId)}»",
                $"{comment.AuthorName}: {Excerpt(comment.Body)}",
                editor);
            comment.Status = status;
            comment.ModeratedAt = now;
            comment.ModeratedByName = name;
        }

        await db.SaveChangesAsync(ct);
        return comments.Count;
    }

    public static string Action(CommentStatus status) => status switch
    {
        CommentStatus.Approved => AuditActions.CommentApproved,
        CommentStatus.Spam => AuditActions.CommentSpam,
        CommentStatus.Trash => AuditActions.CommentTrashed,
        _ => AuditActions.CommentReturned,
    };

    private static string Excerpt(string body) => body.Length <= 120 ? body : body[..120] + "…";
}
