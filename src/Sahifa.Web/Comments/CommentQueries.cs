using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Comments;

/// An approved comment as readers see it: no e-mail.
public sealed record PublicComment(int Id, int? ParentId, int Depth, string AuthorName, string Body, DateTime CreatedAt);

/// One comment with the replies under it, in the order they were written.
public sealed record CommentNode(PublicComment Comment, IReadOnlyList<CommentNode> Replies);

/// The comments under an article and whether readers may add to them.
public sealed record CommentThread(IReadOnlyList<CommentNode> Roots, int Count, bool IsOpen, int MaxDepth)
{
    public static CommentThread Build(IReadOnlyList<PublicComment> approved, bool isOpen, int maxDepth)
    {
        var ids = approved.Select(c => c.Id).ToHashSet();
        var children = approved
            .Where(c => c.ParentId is { } p && ids.Contains(p))
            .ToLookup(c => c.ParentId!.Value);

        CommentNode Node(PublicComment c) => new(c, children[c.Id].Select(Node).ToList());

        // A reply whose parent is no longer shown (trashed after the reply was approved) stands
        // on its own rather than vanishing with it.
        var roots = approved.Where(c => c.ParentId is not { } p || !ids.Contains(p)).Select(Node).ToList();
        return new CommentThread(roots, approved.Count, isOpen, maxDepth);
    }

    public bool Contains(int commentId) => Contains(Roots, commentId);

    private static bool Contains(IReadOnlyList<CommentNode> nodes, int id) =>
        nodes.Any(n => n.Comment.Id == id || Contains(n.Replies, id));

    /// Whether a reply link belongs under this comment: replies nest at most MaxDepth deep.
    public bool CanReplyTo(PublicComment comment) => IsOpen && comment.Depth + 1 < MaxDepth;
}

public static class CommentQueries
{
    public static readonly Arabic.ArabicNoun Noun = new("تعليق", "تعليقان", "تعليقات", "لا تعليقات", "تعليق واحد");

    /// The comments no editor has looked at yet: what the moderation queue opens on, and the desk counts.
    public static Task<int> AwaitingModerationCountAsync(this SahifaDb db, CancellationToken ct) =>
        db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, ct);

    /// Open unless an editor closed the thread, or the site closes threads after some days.
    public static bool IsOpen(bool closed, DateTime? publishedAt, CommentOptions options, DateTime now) =>
        !closed && (options.CloseAfterDays == 0 || publishedAt is not { } p || p.AddDays(options.CloseAfterDays) > now);

    /// The article page's comments in one query: the approved ones, oldest first, with the
    /// article's own closed flag. Null when there is no such article.
    public static async Task<CommentThread?> ThreadForArticleAsync(
        this SahifaDb db, int articleId, CommentOptions options, DateTime now, CancellationToken ct)
    {
        var row = await ThreadQuery(db, articleId, ct);
        return row is null
            ? null
            : CommentThread.Build(row.Comments, IsOpen(row.CommentsClosed, row.PublishedAt, options, now), options.MaxDepth);
    }

    // Compiled once: every uncached article page runs it.
    private static readonly Func<SahifaDb, int, CancellationToken, Task<ThreadRow?>> ThreadQuery =
        EF.CompileAsyncQuery((SahifaDb db, int articleId, CancellationToken ct) => db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => new ThreadRow
            {
                CommentsClosed = a.CommentsClosed,
                PublishedAt = a.PublishedAt,
                Comments = db.Comments
                    .Where(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved)
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Select(c => new PublicComment(c.Id, c.ParentId, c.Depth, c.AuthorName, c.Body, c.CreatedAt))
                    .ToList(),
            })
            .SingleOrDefault());

    private sealed class ThreadRow
    {
        public bool CommentsClosed { get; init; }
        public DateTime? PublishedAt { get; init; }
        public List<PublicComment> Comments { get; init; } = [];
    }

    public static Task<PublicComment?> ApprovedCommentAsync(this SahifaDb db, int articleId, int id, CancellationToken ct) =>
        db.Comments.AsNoTracking()
            .Where(c => c.Id == id && c.ArticleId == articleId && c.Status == CommentStatus.Approved)
            .Select(c => new PublicComment(c.Id, c.ParentId, c.Depth, c.AuthorName, c.Body, c.CreatedAt))
            .SingleOrDefaultAsync(ct);
}

/// A comment in the moderation queue: staff see the e-mail.
public sealed record QueuedComment(
    int Id,
    int ArticleId,
    string ArticleHeadline,
    string ArticleSlug,
    int? ParentId,
    string AuthorName,
    string Email,
    string Body,
    CommentStatus Status,
    DateTime CreatedAt,
    string? ModeratedByName);

public static class CommentStates
{
    public static readonly IReadOnlyList<CommentStatus> All = [CommentStatus.Pending, CommentStatus.Approved, CommentStatus.Spam, CommentStatus.Trash];

    public static string Code(CommentStatus status) => status switch
    {
        CommentStatus.Pending => "pending",
        CommentStatus.Approved => "approved",
        CommentStatus.Spam => "spam",
        _ => "trash",
    };

    public static string Label(CommentStatus status) => status switch
    {
        CommentStatus.Pending => "بانتظار المراجعة",
        CommentStatus.Approved => "منشور",
        CommentStatus.Spam => "مزعج",
        _ => "في المهملات",
    };

    public static bool TryParse(string? code, out CommentStatus status)
    {
        foreach (var s in All)
        {
            if (string.Equals(Code(s), code, StringComparison.Ordinal))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }
}
