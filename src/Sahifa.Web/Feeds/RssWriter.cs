using System.Globalization;
using System.Xml;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Feeds;

/// RSS 2.0 (https://www.rssboard.org/rss-specification), with the three extensions every reader
/// knows: atom:link for the feed's own address, dc:creator for bylines (RSS's own <author>
/// must be an e-mail address) and content:encoded for the full text.
///
/// The lead photograph goes twice: as RSS's own <enclosure>, which every reader knows but which
/// says nothing of size or alt text, and as Media RSS <media:content> with the width, height,
/// alt text (media:description) and credit. The enclosure's length is the rendition's byte
/// count, kept in the library's renditions JSON; a photograph stored before that was kept
/// says 0, as the RSS Advisory Board's profile advises when the size is unknown.
///
/// Readers render every RSS description as HTML (the spec allows "entity-encoded HTML" there and
/// says nothing of plain text), so plain text is HTML-escaped before the writer XML-escapes it:
/// a standfirst holding `"><svg onload=...>` must reach the reader as text (issue 20). Titles,
/// bylines and categories stay plain text, as readers show them.
public static class RssWriter
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string MediaNamespace = "http://search.yahoo.com/mrss/";

    public static void Write(Stream stream, FeedDocument feed)
    {
        using var xml = XmlOutput.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
        xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
        xml.WriteAttributeString("xmlns", "media", null, MediaNamespace);

        xml.WriteStartElement("channel");
        xml.WriteText("title", feed.Title);
        xml.WriteText("link", feed.HomeUrl);
        xml.WriteText("description", PlainTextAsHtml(feed.Description));
        xml.WriteText("language", feed.Language);
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeText("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", FeedFormat.Rss.MediaType());
        xml.WriteEndElement();
        xml.WriteText("lastBuildDate", Rfc822(feed.Updated));
        xml.WriteText("generator", FeedDocument.Generator);

        foreach (var entry in feed.Entries)
        {
            WriteItem(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteItem(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("item");
        xml.WriteText("title", entry.Title);
        xml.WriteText("link", entry.Url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(XmlOutput.Clean(entry.Url));
        xml.WriteEndElement();
        if (entry.Summary.Length > 0)
        {
            xml.WriteText("description", PlainTextAsHtml(entry.Summary));
        }

        if (entry.ContentHtml is not null)
        {
            xml.WriteText("encoded", ContentNamespace, entry.ContentHtml);
        }

        foreach (var author in entry.Authors)
        {
            xml.WriteText("creator", DublinCoreNamespace, author.Name);
        }

        foreach (var category in entry.Categories)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeText("domain", category.Url);
            xml.WriteString(XmlOutput.Clean(category.Name));
            xml.WriteEndElement();
        }

        xml.WriteText("pubDate", Rfc822(entry.Published));
        if (entry.Image is { } image)
        {
            WriteImage(xml, image);
        }

        xml.WriteEndElement();
    }

    private static void WriteImage(XmlWriter xml, FeedImage image)
    {
        xml.WriteStartElement("enclosure");
        xml.WriteAttributeText("url", image.Url);
        xml.WriteAttributeString("length", image.Length.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("type", image.ContentType);
        xml.WriteEndElement();

        xml.WriteStartElement("content", MediaNamespace);
        xml.WriteAttributeText("url", image.Url);
        xml.WriteAttributeString("medium", "image");
        xml.WriteAttributeString("type", image.ContentType);
        xml.WriteAttributeString("width", image.Width.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("height", image.Height.ToString(CultureInfo.InvariantCulture));
        if (image.Length > 0)
        {
            xml.WriteAttributeString("fileSize", image.Length.ToString(CultureInfo.InvariantCulture));
        }

        if (image.Alt.Length > 0)
        {
            xml.WriteStartElement("description", MediaNamespace);
            xml.WriteAttributeString("type", "plain");
            xml.WriteString(XmlOutput.Clean(image.Alt));
            xml.WriteEndElement();
        }

        if (image.Credit.Length > 0)
        {
            xml.WriteText("credit", MediaNamespace, image.Credit);
        }

        xml.WriteEndElement();
    }

    /// Text that shows as itself when parsed as HTML. Only the three characters markup turns on
    /// are escaped: WebUtility.HtmlEncode would also turn the guillemets Arabic quotes with
    /// (U+00AB, U+00BB) into numeric references.
    public static string PlainTextAsHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// RFC 822 as RSS wants it, in English whatever the culture, with a numeric offset:
    /// "Sun, 01 Mar 2026 13:00:00 +0300".
    public static string Rfc822(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{instant:ddd, dd MMM yyyy HH:mm:ss} {sign}{abs.Hours:00}{abs.Minutes:00}");
    }
}
