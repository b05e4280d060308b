using System.Globalization;
using System.Xml;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Feeds;

/// Atom (RFC 4287). Language on the root as xml:lang; the full text as escaped HTML content.
public static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static void Write(Stream stream, FeedDocument feed)
    {
        using var xml = XmlOutput.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);

        xml.WriteText("id", Namespace, feed.SelfUrl);
        WriteTextConstruct(xml, "title", feed.Title);
        WriteTextConstruct(xml, "subtitle", feed.Description);
        xml.WriteText("updated", Namespace, SiteDates.Rfc3339(feed.Updated));
        WriteLink(xml, "self", FeedFormat.Atom.MediaType(), feed.SelfUrl);
        WriteLink(xml, "alternate", "text/html", feed.HomeUrl);
        xml.WriteText("icon", Namespace, feed.IconUrl);
        xml.WriteText("generator", Namespace, FeedDocument.Generator);

        foreach (var entry in feed.Entries)
        {
            WriteEntry(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteText("id", Namespace, entry.Url);
        WriteTextConstruct(xml, "title", entry.Title);
        WriteLink(xml, "alternate", "text/html", entry.Url);
        if (entry.Image is { } image)
        {
            // RFC 4287's length is advisory and optional: left out when the library has none.
            WriteLink(xml, "enclosure", image.ContentType, image.Url, image.Length > 0 ? image.Length : null);
        }

        xml.WriteText("published", Namespace, SiteDates.Rfc3339(entry.Published));
        xml.WriteText("updated", Namespace, SiteDates.Rfc3339(entry.Updated));

        foreach (var author in entry.Authors)
        {
            xml.WriteStartElement("author", Namespace);
            xml.WriteText("name", Namespace, author.Name);
            if (author.Url is not null)
            {
                xml.WriteText("uri", Namespace, author.Url);
            }

            xml.WriteEndElement();
        }

        foreach (var category in entry.Categories)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeText("term", category.Name);
            xml.WriteAttributeText("scheme", category.Url);
            xml.WriteEndElement();
        }

        if (entry.Summary.Length > 0)
        {
            WriteTextConstruct(xml, "summary", entry.Summary);
        }

        if (entry.ContentHtml is not null)
        {
            xml.WriteStartElement("content", Namespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlOutput.Clean(entry.ContentHtml));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    // An Atom text construct, marked as plain text so readers do not parse it as HTML.
    private static void WriteTextConstruct(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlOutput.Clean(text));
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href, int? length = null)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeText("href", href);
        if (length is { } bytes)
        {
            xml.WriteAttributeString("length", bytes.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
