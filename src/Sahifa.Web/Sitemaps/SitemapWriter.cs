using System.Xml;
using Sahifa.Web.Feeds;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// A URL in a sitemap, or a sitemap in the index, with the time it last changed and, for an
/// article, the absolute URL of its lead photograph.
public sealed record SitemapEntry(string Location, DateTimeOffset? LastModified, string? Image = null);

/// An article in the Google News sitemap.
public sealed record NewsEntry(string Location, string Title, DateTimeOffset Published, string? Image = null);

/// The sitemaps protocol (https://www.sitemaps.org/protocol.html), Google's news extension
/// (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap) and its
/// image extension (https://developers.google.com/search/docs/crawling-indexing/sitemaps/image-sitemaps),
/// of which only image:loc is still read.
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string ImageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";

    /// The protocol's limit for one file, of URLs in a sitemap and of sitemaps in an index.
    public const int MaxUrls = 50_000;

    /// Google reads at most 1,000 articles from one news sitemap.
    public const int MaxNewsUrls = 1_000;

    public static void WriteIndex(Stream stream, IEnumerable<SitemapEntry> sitemaps) =>
        Write(stream, "sitemapindex", [], sitemaps, (xml, sitemap) =>
        {
            xml.WriteStartElement("sitemap", Namespace);
            WriteLocation(xml, sitemap);
            xml.WriteEndElement();
        });

    /// `images` declares the image namespace, as the article files do whether or not this page
    /// of them holds a photograph.
    public static void WriteUrls(Stream stream, IEnumerable<SitemapEntry> urls, bool images = false) =>
        Write(stream, "urlset", images ? [("image", ImageNamespace)] : [], urls, (xml, url) =>
        {
            xml.WriteStartElement("url", Namespace);
            WriteLocation(xml, url);
            WriteImage(xml, url.Image);
            xml.WriteEndElement();
        });

    /// `publication` is the newsroom's name exactly as Google News knows it.
    public static void WriteNews(Stream stream, string publication, IEnumerable<NewsEntry> articles) =>
        Write(stream, "urlset", [("news", NewsNamespace), ("image", ImageNamespace)], articles, (xml, article) =>
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
            WriteImage(xml, article.Image);
            xml.WriteEndElement();
        });

    private static void Write<T>(Stream stream, string root, (string Prefix, string Uri)[] extensions, IEnumerable<T> items, Action<XmlWriter, T> writeItem)
    {
        using var xml = XmlOutput.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement(root, Namespace);
        foreach (var (prefix, uri) in extensions)
        {
            xml.WriteAttributeString("xmlns", prefix, null, uri);
        }

        foreach (var item in items)
        {
            writeItem(xml, item);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteImage(XmlWriter xml, string? image)
    {
        if (image is null)
        {
            return;
        }

        xml.WriteStartElement("image", ImageNamespace);
        xml.WriteText("loc", ImageNamespace, image);
        xml.WriteEndElement();
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
