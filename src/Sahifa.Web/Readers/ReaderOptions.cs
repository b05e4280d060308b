using System.ComponentModel.DataAnnotations;

namespace Sahifa.Web.Readers;

/// What both readers' forms (comments, correction requests) share. The keys stay under
/// `Sahifa:Comments`, where they were before the correction form existed, so existing
/// configurations and environment variables (Sahifa__Comments__PostsPerWindow) keep working.
public sealed class ReaderOptions
{
    public const string Section = "Sahifa:Comments";

    /// A form sent sooner than this after the page was served is refused and shown again: people
    /// read before they write, scripts do not.
    [Range(0, 600)]
    public int MinFillSeconds { get; set; } = 3;

    /// The same e-mail sending the same text to the same article within this window is one
    /// submission (a double click, a reload), stored once.
    [Range(1, 10_080)]
    public int DuplicateWindowMinutes { get; set; } = 60;

    /// Readers' posts (comments and correction requests together) one client may send per window,
    /// counted across all nodes. Generous: readers behind one mobile carrier's address share it.
    [Range(1, 1_000_000)]
    public int PostsPerWindow { get; set; } = 20;

    [Range(1, 86_400)]
    public int RateWindowSeconds { get; set; } = 600;
}
