using System.ComponentModel.DataAnnotations;

namespace Sahifa.Web.Comments;

/// `Sahifa:Comments` in configuration (the admin's settings page overlays the same keys), read
/// through IOptionsMonitor so a change applies without a restart.
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

    /// A form sent sooner than this after the page was served is refused and shown again: people
    /// read before they write, scripts do not.
    [Range(0, 600)]
    public int MinFillSeconds { get; set; } = 3;

    [Range(100, Comment.BodyColumnLength)]
    public int MaxBodyLength { get; set; } = 3000;

    /// Links allowed in one comment or correction request; more is almost always spam.
    [Range(0, 50)]
    public int MaxLinks { get; set; } = 2;

    /// The same e-mail sending the same text to the same article within this window is one
    /// submission (a double click, a reload), stored once.
    [Range(1, 10_080)]
    public int DuplicateWindowMinutes { get; set; } = 60;

    /// Readers' posts (comments and correction requests) one client address may send per window.
    /// Generous: readers behind one mobile carrier's address share it.
    [Range(1, 1_000_000)]
    public int PostsPerWindow { get; set; } = 20;

    [Range(1, 86_400)]
    public int RateWindowSeconds { get; set; } = 600;
}
