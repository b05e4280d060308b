using System.ComponentModel.DataAnnotations;

namespace Sahifa.Web.Comments;

/// `Sahifa:Comments` in configuration (the admin's settings page overlays the same keys), read
/// through IOptionsMonitor so a change applies without a restart. What comments share with
/// correction requests (fill time, duplicates, rate limit) is in Readers.ReaderOptions, under the
/// same section.
public sealed class CommentOptions
{
    /// New articles accept comments unless an editor closes them.
    public bool OpenByDefault { get; set; } = true;

    /// Threads close by themselves this many days after publication; 0 keeps them open.
    [Range(0, 36_500)]
    public int CloseAfterDays { get; set; }

    /// How deep replies nest: 1 allows no replies, 3 allows a reply to a reply.
    [Range(1, 10)]
    public int MaxDepth { get; set; } = 3;

    /// Publish at once the comments of someone whose comment an editor approved before (known by
    /// e-mail). Anyone who knows that address can use it, which is why it is off by default.
    public bool AutoApproveReturning { get; set; }

    [Range(100, Comment.BodyColumnLength)]
    public int MaxBodyLength { get; set; } = 3000;

    /// Links allowed in one comment; more is almost always spam (correction requests allow a
    /// few more, see CorrectionRequestRules).
    [Range(0, 50)]
    public int MaxLinks { get; set; } = 2;
}
