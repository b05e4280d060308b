using Sahifa.Web.Articles;

namespace Sahifa.Web.Feeds;

/// An archive whose feeds its page announces: the title readers know it by and its page-1 path.
public sealed record ArchiveFeed(string Title, string ArchivePath);

/// One `<link rel="alternate">` in a page's head.
public sealed record FeedLink(FeedFormat Format, string Title, string Path)
{
    public string MediaType => Format.MediaType();
}

/// Feed titles and the links pages use to announce feeds, so the two always agree.
public static class FeedLinks
{
    /// "سياسة | صحيفة" for an archive, the site's name alone for the whole site: the way page
    /// titles read.
    public static string Title(string? archive, string siteName) =>
        archive is { Length: > 0 } ? $"{archive} | {siteName}" : siteName;

    /// The three formats of one feed; `archivePath` empty for the whole site.
    public static IReadOnlyList<FeedLink> For(string archivePath, string title) =>
        Enum.GetValues<FeedFormat>()
            .Select(format => new FeedLink(format, $"{title} ({format.Label()})", ArticleUrls.Feed(format, archivePath)))
            .ToList();
}
