using System.Text;
using System.Xml;

namespace Sahifa.Web.Shared;

/// How feeds and sitemaps write XML: UTF-8 without a byte order mark, no DTD, and only
/// characters XML 1.0 can carry.
public static class XmlOutput
{
    public static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        // The stream belongs to the caller, who drains it into the response.
        CloseOutput = false,
    });

    /// Writes an element holding `text`, escaped by the writer (`&`, `<`, `>`).
    public static void WriteText(this XmlWriter writer, string localName, string? ns, string text)
    {
        writer.WriteStartElement(localName, ns);
        writer.WriteString(Clean(text));
        writer.WriteEndElement();
    }

    public static void WriteText(this XmlWriter writer, string localName, string text) =>
        writer.WriteText(localName, null, text);

    public static void WriteAttributeText(this XmlWriter writer, string localName, string text) =>
        writer.WriteAttributeString(localName, Clean(text));

    /// Drops what XML 1.0 forbids even escaped: C0 controls other than tab, line feed and
    /// carriage return (a standfirst pasted from a word processor can carry U+000B or U+000C),
    /// U+FFFE, U+FFFF and unpaired surrogates. XmlWriter would throw on them mid-response.
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowedAt(text, i, out var width))
            {
                firstBad = i;
                break;
            }

            i += width - 1;
        }

        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsAllowedAt(text, i, out var width))
            {
                clean.Append(text, i, width);
            }

            i += width - 1;
        }

        return clean.ToString();
    }

    private static bool IsAllowedAt(string text, int i, out int width)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return true;
        }

        width = 1;
        return !char.IsSurrogate(c) && XmlConvert.IsXmlChar(c);
    }
}
