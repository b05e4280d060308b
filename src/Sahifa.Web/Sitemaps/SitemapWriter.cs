using System.Xml;
using Sahifa.Web.Feeds;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// A URL in a sitemap, or a sitemap in the index, with the time it last changed.
public sealed record SitemapEntry(string Location, DateTimeOffset? LastModified);

/// An article in the Google News sitemap.
public sealed record NewsEntry(string Location, string Title, DateTimeOffset Published);

/// The sitemaps protocol (https://www.sitemaps.org/protocol.html) and Google's news extension
/// (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    /// The protocol's limit for one file, of URLs in a sitemap and of sitemaps in an index.
    public const int MaxUrls = 50_000;

    /// Google reads at most 1,000 articles from one news sitemap.
    public const int MaxNewsUrls = 1_000;

    public static void WriteIndex(Stream stream, IEnumerable<SitemapEntry> sitemaps) =>
        Write(stream, "sitemapindex", null, sitemaps, (xml, sitemap) =>
        {
            xml.WriteStartElement("sitemap", Namespace);
            WriteLocation(xml, sitemap);
            xml.WriteEndElement();
        });

    public static void WriteUrls(Stream stream, IEnumerable<SitemapEntry> urls) =>
        Write(stream, "urlset", null, urls, (xml, url) =>
        {
            xml.WriteStartElement("url", Namespace);
            WriteLocation(xml, url);
            xml.WriteEndElement();
        });

    /// `publication` is the newsroom's name exactly as Google News knows it.
    public static void WriteNews(Stream stream, string publication, IEnumerable<NewsEntry> articles) =>
        Write(stream, "urlset", NewsNamespace, articles, (xml, article) =>
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteText("loc", Namespace, article.Location);
            xml.WriteStartElement("news", NewsNamespace);
            xml.WriteStartElement("publication", NewsNamespace);
            xml.WriteText("name", NewsNamespace, publication);
            xml.WriteText("language", NewsNamespace, FeedDocument.Language);
            xml.WriteEndElement();
            xml.WriteText("publication_date", NewsNamespace, SiteDates.Rfc3339(article.Published));
            xml.WriteText("title", NewsNamespace, article.Title);
            xml.WriteEndElement();
            xml.WriteEndElement();
        });

    private static void Write<T>(Stream stream, string root, string? newsNamespace, IEnumerable<T> items, Action<XmlWriter, T> writeItem)
    {
        using var xml = XmlOutput.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement(root, Namespace);
        if (newsNamespace is not null)
        {
            xml.WriteAttributeString("xmlns", "news", null, newsNamespace);
        }

        foreach (var item in items)
        {
            writeItem(xml, item);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteLocation(XmlWriter xml, SitemapEntry entry)
    {
        xml.WriteText("loc", Namespace, entry.Location);
        if (entry.LastModified is { } lastModified)
        {
            // W3C Datetime, which the RFC 3339 form is.
            xml.WriteText("lastmod", Namespace, SiteDates.Rfc3339(lastModified));
        }
    }
}
