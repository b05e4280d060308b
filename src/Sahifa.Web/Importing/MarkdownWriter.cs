using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sahifa.Web.Importing;

/// Writes parsed HTML as the Markdown Sahifa stores: paragraphs, headings (h2 to h4, as the
/// article page allows), lists, quotes, links, images with captions (Markdig's figures), tables,
/// code, and embeds as plain links. Text is escaped so that nothing in it turns into markup.
///
/// An image whose attachment is in Sahifa's library is written with the library's address and
/// its caption as the image's title, `![alt](/media/… "caption")`: the article page makes that
/// one figure with the responsive picture, the caption and the credit. Left as a Markdig figure
/// (`^^^`), its caption would sit in an outer figure around the library's own. Images on the old
/// site that stay there are noted in `oldPhotos` for the report.
internal sealed partial class MarkdownWriter(Uri? baseUri, List<string> dropped, PhotoLookup photos, List<OldPhoto> oldPhotos)
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "figure",
        "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "section", "article",
        "header", "footer", "aside", "main", "nav", "center", "address", "details", "summary", "dl", "dt", "dd",
        "hgroup", "fieldset", "legend", "menu",
    };

    // Never shown: code and chrome that has no place in an article body. The ones a reader might
    // miss are named in the report.
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "script", "style", "form", "noscript", "template", "button", "input", "select", "textarea", "svg",
        "canvas", "head", "title", "meta", "link", "base", "frameset", "frame", "applet",
    };

    private static readonly HashSet<string> Reported = new(StringComparer.Ordinal) { "script", "style", "form", "applet" };

    private static readonly HashSet<string> Embeds = new(StringComparer.Ordinal) { "iframe", "video", "audio", "embed", "object" };

    public string Write(IElement body) => string.Join("\n\n", BlocksOf(body.ChildNodes)).Trim();

    private List<string> BlocksOf(IEnumerable<INode> nodes)
    {
        var blocks = new List<string>();
        var inline = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node is IElement element && (Blocks.Contains(element.LocalName) || Removed.Contains(element.LocalName)))
            {
                Flush();
                blocks.AddRange(Block(element));
            }
            else
            {
                inline.Append(Inline(node));
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            blocks.AddRange(Paragraphs(inline.ToString()));
            inline.Clear();
        }
    }

    private IEnumerable<string> Block(IElement element)
    {
        switch (element.LocalName)
        {
            case "p":
                return Paragraphs(InlineOf(element));
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var text = OneLine(InlineOf(element));
                var level = element.LocalName[1] switch { '1' or '2' => 2, '3' => 3, _ => 4 };
                return text.Length == 0 ? [] : [new string('#', level) + " " + text];
            case "ul" or "ol":
                return List(element);
            case "blockquote":
                var quoted = string.Join("\n\n", BlocksOf(element.ChildNodes));
                return quoted.Length == 0 ? [] : [string.Join('\n', quoted.Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l))];
            case "pre":
                return Code(element.TextContent);
            case "figure":
                return Figure(element);
            case "table":
                return Table(element);
            case "hr":
                return ["---"];
            case "dt":
                return OneLine(InlineOf(element)) is { Length: > 0 } term ? ["**" + term + "**"] : [];
            default:
                if (Removed.Contains(element.LocalName))
                {
                    Drop(element);
                    return [];
                }

                return BlocksOf(element.ChildNodes);
        }
    }

    private List<string> List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = int.TryParse(list.GetAttribute("start"), NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var items = new List<string>();
        var loose = false;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var blocks = BlocksOf(item.ChildNodes);
            if (blocks.Count == 0)
            {
                continue;
            }

            var marker = ordered ? number++.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            var content = new StringBuilder(blocks[0]);
            for (var i = 1; i < blocks.Count; i++)
            {
                // A nested list hangs under its item's text; two paragraphs make the list loose.
                var nested = ListMarker().IsMatch(blocks[i]);
                loose |= !nested;
                content.Append(nested ? "\n" : "\n\n").Append(blocks[i]);
            }

            var indent = new string(' ', marker.Length);
            items.Add(marker + string.Join('\n', content.ToString().Split('\n').Select((l, i) => i == 0 || l.Length == 0 ? l : indent + l)));
        }

        return items.Count == 0 ? [] : [string.Join(loose ? "\n\n" : "\n", items)];
    }

    private List<string> Figure(IElement figure)
    {
        var images = figure.QuerySelectorAll("img").ToList();
        if (images.Count != 1 || figure.QuerySelector("table, blockquote, iframe, video, audio") is not null)
        {
            return BlocksOf(figure.ChildNodes);
        }

        var image = images[0];
        var link = image.ParentElement is { LocalName: "a" } a ? a : null;
        var figcaption = figure.QuerySelector("figcaption");
        if ((link is null || LinksToItsFile(link)) && InLibrary(image) is { } photo)
        {
            return [Photo(image, photo, figcaption is null ? "" : Title(figcaption.TextContent))];
        }

        // Not the library's, or linked elsewhere: the image stays in its link, with Markdig's
        // figure and caption around it.
        var markup = link is null ? Image(image) : Link(link);
        if (markup.Length == 0)
        {
            return [];
        }

        var caption = figcaption is null ? "" : OneLine(InlineOf(figcaption));
        return caption.Length == 0 ? [markup] : [$"^^^\n{markup}\n^^^ {caption}"];
    }

    private List<string> Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr")
            .Where(r => r.Closest("table") == table)
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").Select(c => OneLine(InlineOf(c)).Replace("|", "\\|", StringComparison.Ordinal)).ToList())
            .Where(r => r.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var columns = rows.Max(r => r.Count);
        string Row(List<string> cells) => "| " + string.Join(" | ", cells.Concat(Enumerable.Repeat("", columns - cells.Count))) + " |";
        var lines = new List<string> { Row(rows[0]), "|" + string.Concat(Enumerable.Repeat(" --- |", columns)) };
        lines.AddRange(rows.Skip(1).Select(Row));
        return [string.Join('\n', lines)];
    }

    private static string[] Code(string code)
    {
        code = code.Trim('\n');
        if (code.Trim().Length == 0)
        {
            return [];
        }

        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        return [$"{fence}\n{code}\n{fence}"];
    }

    private string InlineOf(IElement element) => string.Concat(element.ChildNodes.Select(Inline));

    private string Inline(INode node)
    {
        switch (node)
        {
            case IText text:
                return Escape(Spaces().Replace(text.Data, " "));
            case IElement element:
                switch (element.LocalName)
                {
                    case "br":
                        return "\n";
                    case "strong" or "b":
                        return Emphasis(element, "**");
                    case "em" or "i" or "cite" or "dfn":
                        return Emphasis(element, "*");
                    case "del" or "s" or "strike":
                        return Emphasis(element, "~~");
                    case "sup":
                        return Emphasis(element, "^");
                    case "sub":
                        return Emphasis(element, "~");
                    case "mark":
                        return Emphasis(element, "==");
                    case "code" or "kbd" or "tt" or "samp":
                        return CodeSpan(element.TextContent);
                    case "a":
                        return Link(element);
                    case "img":
                        return Image(element);
                    case "iframe" or "video" or "audio" or "embed" or "object":
                        return Embed(element);
                    default:
                        if (Removed.Contains(element.LocalName))
                        {
                            Drop(element);
                            return "";
                        }

                        // A block inside a link or a bold run is flattened into its text.
                        var inner = InlineOf(element);
                        return Blocks.Contains(element.LocalName) ? " " + inner + " " : inner;
                }

            default:
                return "";
        }
    }

    private string Emphasis(IElement element, string marker)
    {
        var inner = InlineOf(element);
        var core = inner.Trim();
        if (core.Length == 0)
        {
            return inner;
        }

        var start = inner.Length - inner.TrimStart().Length;
        var end = inner.Length - inner.TrimEnd().Length;
        return inner[..start] + marker + core + marker + inner[(inner.Length - end)..];
    }

    private string Link(IElement link)
    {
        // WordPress links an inserted image to its full-size file or its attachment page; once
        // the photograph is Sahifa's, that link would lead back to the old site.
        if (link.Children.Length == 1 && link.Children[0] is { LocalName: "img" } only && link.TextContent.Trim().Length == 0
            && LinksToItsFile(link) && InLibrary(only) is not null)
        {
            return Image(only);
        }

        var text = OneLine(InlineOf(link));
        var href = Address(link.GetAttribute("href"), keepRootRelative: true);
        if (href is null || text.Length == 0)
        {
            return text;
        }

        return $"[{text}]({Destination(href)})";
    }

    private string Image(IElement image)
    {
        if (Source(image) is not { } source)
        {
            return "";
        }

        var found = photos.Find(source, AttachmentOf(image));
        if (found?.MediaPath is not null)
        {
            return Photo(image, found, "");
        }

        if (found is not null || photos.IsOldUpload(source))
        {
            oldPhotos.Add(new OldPhoto(source, Known: found is not null));
        }

        return $"![{Alt(image)}]({Destination(source)})";
    }

    // Lazy-loading plugins keep the real address in data-src and a placeholder in src.
    private string? Source(IElement image) =>
        new[] { image.GetAttribute("data-src"), image.GetAttribute("data-lazy-src"), image.GetAttribute("src") }
            .Select(s => Address(s, keepRootRelative: false))
            .FirstOrDefault(s => s is not null);

    private static string Alt(IElement image) => Escape(Spaces().Replace(image.GetAttribute("alt") ?? "", " ").Trim());

    private AttachmentPhoto? InLibrary(IElement image) =>
        Source(image) is { } source && photos.Find(source, AttachmentOf(image)) is { MediaPath: not null } photo ? photo : null;

    // The library's photograph; an image without alt text of its own takes the attachment's.
    private static string Photo(IElement image, AttachmentPhoto photo, string title)
    {
        var alt = Alt(image);
        if (alt.Length == 0)
        {
            alt = Escape(Spaces().Replace(WordPressContent.ToPlainText(photo.Alt), " ").Trim());
        }

        var destination = Destination(photo.MediaPath!);
        return title.Length == 0 ? $"![{alt}]({destination})" : $"![{alt}]({destination} \"{title}\")";
    }

    // WordPress names the attachment in the image's class (wp-image-301); a [caption] names it
    // in its id (attachment_301), kept on the figure it became.
    private static long? AttachmentOf(IElement image)
    {
        foreach (var name in image.ClassList)
        {
            if (name.StartsWith("wp-image-", StringComparison.Ordinal)
                && long.TryParse(name.AsSpan("wp-image-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }

        return long.TryParse(image.Closest("figure")?.GetAttribute("data-wp-attachment"), NumberStyles.None, CultureInfo.InvariantCulture, out var captioned)
            ? captioned
            : null;
    }

    private static bool LinksToItsFile(IElement link)
    {
        var href = link.GetAttribute("href") ?? "";
        return WordPressPhotos.UploadsPath(href) is not null
            || href.Contains("attachment_id=", StringComparison.OrdinalIgnoreCase)
            || (link.GetAttribute("rel") ?? "").Split(' ').Contains("attachment", StringComparer.Ordinal);
    }

    // A caption as a link title: plain text on one line, with the marks a title gives meaning
    // to escaped.
    private static string Title(string text)
    {
        var line = Spaces().Replace(text, " ").Trim();
        var builder = new StringBuilder(line.Length + 4);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            if (c is '\\' or '"' || (c == '&' && (char.IsAsciiLetter(next) || next == '#')))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private string Embed(IElement embed)
    {
        var source = embed.GetAttribute("src") ?? embed.GetAttribute("data")
            ?? embed.QuerySelector("source[src]")?.GetAttribute("src");
        var url = Address(source, keepRootRelative: false);
        if (url is null)
        {
            dropped.Add(embed.LocalName);
            return "";
        }

        url = YouTubeEmbed().Replace(url, "https://www.youtube.com/watch?v=${id}");
        return $" [{Escape(url)}]({Destination(url)}) ";
    }

    private void Drop(IElement element)
    {
        if (Reported.Contains(element.LocalName))
        {
            dropped.Add(element.LocalName);
        }
    }

    // Only web and mail addresses survive; javascript:, data: and the like are dropped. Images
    // and embeds are made absolute against the old site, since Sahifa does not serve its files;
    // links to the old site's own pages keep their path, which the redirect table answers.
    private string? Address(string? value, bool keepRootRelative)
    {
        var url = value?.Trim();
        if (string.IsNullOrEmpty(url) || url.StartsWith('#'))
        {
            return null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            return absolute.Scheme is "http" or "https" or "mailto" ? url : null;
        }

        if (keepRootRelative && url.StartsWith('/'))
        {
            return url;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, url, out var resolved) && resolved.Scheme is "http" or "https"
            ? resolved.AbsoluteUri
            : null;
    }

    private static string Destination(string url) => url
        .Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal)
        .Replace("<", "%3C", StringComparison.Ordinal)
        .Replace(">", "%3E", StringComparison.Ordinal);

    private static string CodeSpan(string code)
    {
        code = Spaces().Replace(code, " ");
        if (code.Trim().Length == 0)
        {
            return code;
        }

        var ticks = new string('`', LongestRun(code, '`') + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /// A paragraph from inline Markdown: line breaks become hard breaks, an empty line (two
    /// breaks in a row) starts a new paragraph, and a line that would read as a heading or a
    /// list item is escaped.
    private static IEnumerable<string> Paragraphs(string inline)
    {
        var paragraph = new List<string>();
        foreach (var raw in inline.Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                if (paragraph.Count > 0)
                {
                    yield return string.Join("\\\n", paragraph);
                    paragraph.Clear();
                }

                continue;
            }

            paragraph.Add(LineStart().Replace(line, m => m.Groups["digits"].Success ? m.Groups["digits"].Value + "\\" : "\\" + m.Value));
        }

        if (paragraph.Count > 0)
        {
            yield return string.Join("\\\n", paragraph);
        }
    }

    private static string OneLine(string inline) => Spaces().Replace(inline.Replace('\n', ' '), " ").Trim();

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var escape = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '^' or '|' => true,
                // Entity references, and the doubled marks of Markdig's emphasis extras (==, ++).
                '&' => char.IsAsciiLetter(next) || next == '#',
                '=' or '+' => next == c,
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    [GeneratedRegex(@"[ \t\n\r\f\u00A0]+")]
    private static partial Regex Spaces();

    // Headings, list markers and setext underlines at the start of a line of plain text.
    [GeneratedRegex(@"^(?:#{1,6}(?=\s|$)|[-+](?=\s|$)|(?<digits>\d{1,9})(?=[.)](?:\s|$))|[=-]+$)")]
    private static partial Regex LineStart();

    [GeneratedRegex(@"^(?:- |\d+\. )")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^https?://(?:www\.)?youtube(?:-nocookie)?\.com/embed/(?<id>[A-Za-z0-9_-]{6,})(?:\?.*)?$")]
    private static partial Regex YouTubeEmbed();
}
