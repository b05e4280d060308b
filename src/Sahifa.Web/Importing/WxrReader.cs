using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Sahifa.Web.Importing;

/// Streams a WordPress export (WXR 1.0 to 1.2): one channel header, then authors, terms and
/// items, each read whole as a small element and handed out before the next is read, so memory
/// holds one post at a time whatever the file's size.
///
/// The file comes from outside: DTDs are refused outright (no external entities, no entity
/// expansion bombs) and nothing is ever resolved over the network or the disk.
public static class WxrReader
{
    private const string WordPressNamespace = "http://wordpress.org/export/";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // Exports often carry stray control characters from pasted text; they are cleaned later
        // rather than failing a whole site's import.
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// Reads the whole file once to check it and count what it holds. Throws
    /// <see cref="ImportException"/> for a file that is broken or not a WordPress export.
    public static WxrSurvey Survey(Stream stream)
    {
        WxrSite? site = null;
        int authors = 0, terms = 0, items = 0, comments = 0, attachments = 0;
        foreach (var entry in Read(stream))
        {
            switch (entry)
            {
                case WxrSite s:
                    site = s;
                    break;
                case WxrAuthor:
                    authors++;
                    break;
                case WxrTerm:
                    terms++;
                    break;
                case WxrItem item:
                    items++;
                    comments += item.Comments.Count;
                    attachments += item.PostType == "attachment" ? 1 : 0;
                    break;
            }
        }

        return new WxrSurvey(site!, authors, terms, items, comments, attachments);
    }

    /// The entries in file order; the <see cref="WxrSite"/> comes first.
    public static IEnumerable<WxrEntry> Read(Stream stream)
    {
        var start = stream.CanSeek ? stream.Position : -1;
        using var reader = XmlReader.Create(stream, Settings);
        var lines = (IXmlLineInfo)reader;
        var enumerator = ReadEntries(reader, lines).GetEnumerator();
        while (true)
        {
            WxrEntry entry;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                entry = enumerator.Current;
            }
            catch (XmlException e)
            {
                throw Malformed(e, stream, start);
            }

            yield return entry;
        }
    }

    private static IEnumerable<WxrEntry> ReadEntries(XmlReader reader, IXmlLineInfo lines)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "rss" || reader.NamespaceURI.Length != 0)
        {
            throw NotWordPress(lines, "the file is not an RSS document", "الملف ليس تصديرًا من ووردبريس: لا يبدأ بعنصر rss.");
        }

        var version = WordPressVersion(reader);
        if (version is null)
        {
            throw NotWordPress(lines, "the RSS document has no WordPress namespace", "الملف RSS عادي وليس تصديرًا من ووردبريس (WXR).");
        }

        if (!reader.ReadToDescendant("channel"))
        {
            throw NotWordPress(lines, "the export has no channel", "الملف لا يحوي عنصر channel كما في تصدير ووردبريس.");
        }

        var channelDepth = reader.Depth;
        var title = "";
        string? baseSite = null, baseBlog = null;
        var headerDone = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == channelDepth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.Depth != channelDepth + 1)
            {
                reader.Read();
                continue;
            }

            var line = lines.LineNumber;
            var element = (XElement)XNode.ReadFrom(reader);
            var name = element.Name;
            if (!IsWp(name.NamespaceName))
            {
                if (name.LocalName == "title" && name.NamespaceName.Length == 0)
                {
                    title = element.Value.Trim();
                }
                else if (name.LocalName == "item" && name.NamespaceName.Length == 0)
                {
                    if (!headerDone)
                    {
                        headerDone = true;
                        yield return new WxrSite(version, title, baseSite, baseBlog);
                    }

                    yield return Item(element, line);
                }

                continue;
            }

            switch (name.LocalName)
            {
                case "wxr_version":
                    version = element.Value.Trim();
                    continue;
                case "base_site_url":
                    baseSite = NullIfEmpty(element.Value);
                    continue;
                case "base_blog_url":
                    baseBlog = NullIfEmpty(element.Value);
                    continue;
            }

            if (!headerDone)
            {
                headerDone = true;
                yield return new WxrSite(version, title, baseSite, baseBlog);
            }

            switch (name.LocalName)
            {
                case "author":
                    if (Author(element) is { } author)
                    {
                        yield return author;
                    }

                    break;
                case "category":
                    yield return new WxrTerm(
                        WxrTerm.Category, Long(Wp(element, "term_id")), Decode(Wp(element, "category_nicename")),
                        Wp(element, "cat_name")?.Trim() ?? "", NullIfEmpty(Decode(Wp(element, "category_parent"))));
                    break;
                case "tag":
                    yield return new WxrTerm(
                        WxrTerm.Tag, Long(Wp(element, "term_id")), Decode(Wp(element, "tag_slug")),
                        Wp(element, "tag_name")?.Trim() ?? "", null);
                    break;
            }
        }

        if (!headerDone)
        {
            yield return new WxrSite(version, title, baseSite, baseBlog);
        }

        // The rest of the document must be well-formed too: a truncated file is refused whole.
        while (reader.Read())
        {
        }
    }

    private static string? WordPressVersion(XmlReader root)
    {
        string? found = null;
        if (root.MoveToFirstAttribute())
        {
            do
            {
                if (root.Prefix == "xmlns" && IsWp(root.Value))
                {
                    var version = root.Value[WordPressNamespace.Length..].TrimEnd('/');
                    found = version.Length > 0 ? version : "1.0";
                }
            }
            while (root.MoveToNextAttribute());

            root.MoveToElement();
        }

        return found;
    }

    private static WxrAuthor? Author(XElement element)
    {
        var login = Wp(element, "author_login")?.Trim();
        if (string.IsNullOrEmpty(login))
        {
            return null;
        }

        var display = Wp(element, "author_display_name")?.Trim();
        if (string.IsNullOrEmpty(display))
        {
            display = $"{Wp(element, "author_first_name")} {Wp(element, "author_last_name")}".Trim();
        }

        return new WxrAuthor(Long(Wp(element, "author_id")), login, display.Length > 0 ? display : login);
    }

    private static WxrItem Item(XElement item, int line)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in WpAll(item, "postmeta"))
        {
            if (Wp(pair, "meta_key") is { Length: > 0 } key)
            {
                meta[key] = Wp(pair, "meta_value") ?? "";
            }
        }

        return new WxrItem
        {
            Id = Long(Wp(item, "post_id")) ?? 0,
            Line = line,
            PostType = Wp(item, "post_type")?.Trim() ?? "post",
            Status = Wp(item, "status")?.Trim() ?? "",
            Title = Plain(item, "title") ?? "",
            Link = Plain(item, "link")?.Trim(),
            Creator = item.Element(XName.Get("creator", DublinCoreNamespace))?.Value.Trim(),
            Content = item.Element(XName.Get("encoded", ContentNamespace))?.Value ?? "",
            Excerpt = item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.EndsWith("/excerpt/", StringComparison.Ordinal))?.Value ?? "",
            Slug = NullIfEmpty(Decode(Wp(item, "post_name"))),
            Date = Date(Wp(item, "post_date")),
            DateGmt = Date(Wp(item, "post_date_gmt")),
            ModifiedGmt = Date(Wp(item, "post_modified_gmt")),
            ParentId = Long(Wp(item, "post_parent")) is > 0 and var parent ? parent : null,
            AttachmentUrl = NullIfEmpty(Wp(item, "attachment_url")),
            CommentsClosed = Wp(item, "comment_status")?.Trim() == "closed",
            Terms = item.Elements("category")
                .Select(c => new WxrItemTerm(
                    (string?)c.Attribute("domain") ?? "category",
                    Decode((string?)c.Attribute("nicename")),
                    c.Value.Trim()))
                .ToList(),
            Meta = meta,
            Comments = WpAll(item, "comment").Select(Comment).ToList(),
        };
    }

    private static WxrComment Comment(XElement c) => new(
        Long(Wp(c, "comment_id")) ?? 0,
        Long(Wp(c, "comment_parent")) ?? 0,
        Wp(c, "comment_author")?.Trim() ?? "",
        NullIfEmpty(Wp(c, "comment_author_email")),
        NullIfEmpty(Wp(c, "comment_author_url")),
        NullIfEmpty(Wp(c, "comment_author_IP")),
        Date(Wp(c, "comment_date")),
        Date(Wp(c, "comment_date_gmt")),
        Wp(c, "comment_content") ?? "",
        Wp(c, "comment_approved")?.Trim() ?? "0",
        Wp(c, "comment_type")?.Trim() ?? "",
        Long(Wp(c, "comment_user_id")) is > 0 and var user ? user : null);

    private static bool IsWp(string ns) =>
        ns.StartsWith(WordPressNamespace, StringComparison.Ordinal) && !ns.EndsWith("/excerpt/", StringComparison.Ordinal);

    private static string? Wp(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && IsWp(e.Name.NamespaceName))?.Value;

    private static IEnumerable<XElement> WpAll(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name && IsWp(e.Name.NamespaceName));

    private static string? Plain(XElement parent, string name) => parent.Element(name)?.Value;

    private static long? Long(string? value) =>
        long.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTime? Date(string? value) =>
        DateTime.TryParseExact(value?.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    // WordPress stores non-Latin slugs percent-encoded in lower case ("%d8%a7").
    private static string Decode(string? value) =>
        value is null ? "" : Uri.UnescapeDataString(value.Trim());

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ImportException NotWordPress(IXmlLineInfo lines, string english, string arabic) =>
        new(ImportException.NotWordPress, $"line {lines.LineNumber}: not a WordPress export: {english}", arabic, lines.LineNumber, lines.LinePosition);

    private static ImportException Malformed(XmlException e, Stream stream, long start)
    {
        if (DoctypeLine(stream, start) is { } line)
        {
            return new ImportException(
                ImportException.DtdRefused,
                $"line {line}: the file declares a DTD (<!DOCTYPE ...>); WordPress exports never do, so it is refused for safety",
                $"الملف يعرّف DTD (<!DOCTYPE …>) في السطر {line}، وتصدير ووردبريس لا يحوي ذلك أبدًا؛ رُفض الملف حمايةً للموقع.",
                line);
        }

        return new ImportException(
            ImportException.MalformedXml,
            $"line {e.LineNumber}, column {e.LinePosition}: the file is not well-formed XML ({e.Message}); nothing was imported",
            $"الملف ليس XML سليمًا: خطأ في السطر {e.LineNumber}، العمود {e.LinePosition}. لم يُستورد شيء.",
            e.LineNumber, e.LinePosition);
    }

    // A DTD is told apart from other breakage by looking at the file's start again, rather than
    // by the wording of the parser's message (which does not say where it is, either).
    private static int? DoctypeLine(Stream stream, long start)
    {
        if (start < 0 || !stream.CanSeek)
        {
            return null;
        }

        stream.Position = start;
        var head = new byte[8192];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(head, 0, read);
        var root = text.IndexOf("<rss", StringComparison.Ordinal);
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        return doctype >= 0 && (root < 0 || doctype < root) ? 1 + text[..doctype].Count(c => c == '\n') : null;
    }
}
