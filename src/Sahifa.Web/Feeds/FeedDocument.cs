namespace Sahifa.Web.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
    Json,
}

/// A feed ready to write, in whichever format: every URL absolute, every date with its offset.
/// The writers only arrange it; deciding what goes in is <see cref="ServeFeed"/>'s job.
/// `Language` is the edition's code, declared in every format: RSS <language>, Atom xml:lang,
/// JSON Feed "language".
public sealed record FeedDocument(
    string Title,
    string Description,
    string HomeUrl,
    string SelfUrl,
    string IconUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries,
    string Language = Editions.Edition.Arabic)
{
    public const string Generator = "Sahifa";
}

/// One article. `ContentHtml` is null when the site publishes summaries only; `Image` is null
/// when the article has no lead photograph.
public sealed record FeedEntry(
    string Url,
    string Title,
    string Summary,
    string? ContentHtml,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    IReadOnlyList<FeedPerson> Authors,
    IReadOnlyList<FeedCategory> Categories,
    FeedImage? Image = null);

/// The lead photograph: one JPEG rendition, its absolute URL, and the text that goes with it
/// (plain text; the writers escape it). `Length` is 0 when the library did not record it.
public sealed record FeedImage(string Url, int Width, int Height, string ContentType, int Length, string Alt, string Credit);

/// A named author with their archive page, or the desk that signs the piece (no URL).
public sealed record FeedPerson(string Name, string? Url);

/// The section or a tag; `Url` is its archive page.
public sealed record FeedCategory(string Name, string Url);

public static class FeedFormats
{
    public static string ContentType(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        FeedFormat.Json => "application/feed+json; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// The media type alone, for `<link rel="alternate" type="...">`.
    public static string MediaType(this FeedFormat format) => format.ContentType().Split(';')[0];

    public static string Label(this FeedFormat format) => format switch
    {
        FeedFormat.Rss => "RSS",
        FeedFormat.Atom => "Atom",
        FeedFormat.Json => "JSON Feed",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static void Write(this FeedFormat format, Stream stream, FeedDocument feed)
    {
        switch (format)
        {
            case FeedFormat.Rss:
                RssWriter.Write(stream, feed);
                break;
            case FeedFormat.Atom:
                AtomWriter.Write(stream, feed);
                break;
            case FeedFormat.Json:
                JsonFeedWriter.Write(stream, feed);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }
}
