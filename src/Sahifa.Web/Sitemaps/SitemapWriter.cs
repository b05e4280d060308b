using System.Xml;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// A URL in a sitemap, or a sitemap in the index, with the time it last changed and, for an
/// article, the absolute URL of its lead photograph and the same page in the other editions.
public sealed record SitemapEntry(string Location, DateTimeOffset? LastModified, string? Image = null, IReadOnlyList<SitemapAlternate>? Alternates = null);

/// The same page in one language: `hreflang` an edition's code, or `x-default`.
public sealed record SitemapAlternate(string HrefLang, string Location);

/// An article in the Google News sitemap.
public sealed record NewsEntry(string Location, string Title, DateTimeOffset Published, string? Image = null);

/// The sitemaps protocol (https://www.sitemaps.org/protocol.html), Google's news extension
/// (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap) and its
/// image extension (https://developers.google.com/search/docs/crawling-indexing/sitemaps/image-sitemaps),
/// of which only image:loc is still read, and the translations of a page as xhtml:link
/// alternates (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string ImageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

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
    /// of them holds a photograph; `alternates` the xhtml one, as they do on a site with several
    /// editions whether or not this page holds a translation.
    public static void WriteUrls(Stream stream, IEnumerable<SitemapEntry> urls, bool images = false, bool alternates = false)
    {
        var extensions = new List<(string Prefix, string Uri)>();
        if (images)
        {
            extensions.Add(("image", ImageNamespace));
        }

        if (alternates)
        {
            extensions.Add(("xhtml", XhtmlNamespace));
        }

        Write(stream, "urlset", [.. extensions], urls, (xml, url) =>
        {
            xml.WriteStartElement("url", Namespace);
            WriteLocation(xml, url);
            WriteImage(xml, url.Image);
            foreach (var alternate in url.Alternates ?? [])
            {
                xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", alternate.HrefLang);
                xml.WriteAttributeText("href", alternate.Location);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// `publication` is the newsroom's name exactly as Google News knows it, `language` the code
    /// Google News reads for the edition (<see cref="NewsLanguage"/>).
    public static void WriteNews(Stream stream, string publication, string language, IEnumerable<NewsEntry> articles) =>
        Write(stream, "urlset", [("news", NewsNamespace), ("image", ImageNamespace)], articles, (xml, article) =>
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteText("loc", Namespace, article.Location);
            xml.WriteStartElement("news", NewsNamespace);
            xml.WriteStartElement("publication", NewsNamespace);
            xml.WriteText("name", NewsNamespace, publication);
            xml.WriteText("language", NewsNamespace, language);
            xml.WriteEndElement();
            xml.WriteText("publication_date", NewsNamespace, SiteDates.Rfc3339(article.Published));
            xml.WriteText("title", NewsNamespace, article.Title);
            xml.WriteEndElement();
            WriteImage(xml, article.Image);
            xml.WriteEndElement();
        });

    /// The edition's language as Google News names it. Its sitemap schema asks for an ISO 639
    /// code of two or three letters (zh-cn and zh-tw the only exceptions), and points at the
    /// ISO 639-2 list, which has only the macrolanguage Kurdish (ku/kur) and neither of its
    /// varieties. Sorani has no code of its own there, and "ku" for it would give two editions
    /// one language, so it keeps its three-letter ISO 639-3 code, ckb, which fits the schema's
    /// pattern and which Google's own products (Translate) use for Sorani. Kurmanji is "ku" in
    /// Google's products, in CLDR and in Facebook's ku_TR, so the two-letter code goes to it rather
    /// than kmr, which few readers of this field will know. Everywhere else (html lang, hreflang,
    /// the feeds) the edition's code stands: those take any BCP 47 tag.
    public static string NewsLanguage(string edition) => edition == Editions.Edition.Kurmanji ? "ku" : edition;

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
