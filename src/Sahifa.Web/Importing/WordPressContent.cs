using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sahifa.Web.Importing;

/// Turns a WordPress post's content into Sahifa's Markdown: classic-editor HTML with WordPress's
/// automatic paragraphs, Gutenberg block markup, and the common shortcodes ([caption], [embed],
/// [video]). What cannot be shown on a Sahifa page (other shortcodes, scripts, styles, forms,
/// dynamic blocks) is dropped and named, so the report can list it. The Markdown is rendered and
/// sanitised by <see cref="Articles.ArticleBody"/> like any other article's.
public static partial class WordPressContent
{
    private static readonly HtmlParser Parser = new();

    // WordPress's own list of the tags its automatic paragraphs never wrap.
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th", "div", "dl", "dd",
        "dt", "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address", "math", "style", "p",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "fieldset", "legend", "section", "article", "aside", "hgroup",
        "header", "footer", "nav", "figure", "figcaption", "details", "menu", "summary", "main", "script",
        "noscript", "center",
    };

    // Containers whose own loose text gets paragraphs too, as WordPress does inside a blockquote.
    private static readonly HashSet<string> ParagraphContainers = new(StringComparer.Ordinal)
    {
        "blockquote", "div", "section", "article", "aside", "header", "footer", "main", "center",
    };

    private static readonly string[] MediaSources = ["src", "mp4", "m4v", "webm", "ogv", "mp3", "ogg", "m4a", "wav"];

    public sealed record Converted(string Markdown, IReadOnlyList<string> Dropped, IReadOnlyList<OldPhoto> OldPhotos);

    /// <param name="content">`content:encoded` as exported.</param>
    /// <param name="siteUrl">The old site's address, to make relative image addresses absolute.</param>
    /// <param name="photos">The attachments in Sahifa's library: images that show one get its
    /// address (see <see cref="MarkdownWriter"/>).</param>
    public static Converted ToMarkdown(string content, string? siteUrl = null, PhotoLookup? photos = null)
    {
        var dropped = new List<string>();
        var html = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        // Block markup already has its paragraphs; WordPress runs wpautop only on classic content.
        var isBlocks = html.Contains("<!-- wp:", StringComparison.Ordinal);
        if (isBlocks)
        {
            html = Blocks(html, dropped);
        }

        html = Shortcodes(html, dropped);

        using var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        if (!isBlocks)
        {
            AutoParagraphs(body);
        }

        Uri.TryCreate(siteUrl, UriKind.Absolute, out var baseUri);
        var oldPhotos = new List<OldPhoto>();
        var markdown = new MarkdownWriter(baseUri, dropped, photos ?? PhotoLookup.None, oldPhotos).Write(body);
        return new Converted(markdown, dropped.Distinct(StringComparer.Ordinal).ToList(), oldPhotos);
    }

    /// Plain text of a fragment of HTML (an excerpt, a title), with whitespace collapsed.
    public static string ToPlainText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Spaces().Replace(html, " ").Trim();
        }

        using var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var hidden in document.Body!.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            hidden.Remove();
        }

        return Spaces().Replace(document.Body.TextContent, " ").Trim();
    }

    /// A comment's HTML (WordPress allows a few tags and adds paragraphs) as the plain text Sahifa
    /// keeps for readers' comments: paragraphs and line breaks stay, tags and scripts go.
    public static string CommentToText(string html)
    {
        var text = html.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.Contains('<', StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        using var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + text + "</body></html>");
        var body = document.Body!;
        foreach (var hidden in body.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            hidden.Remove();
        }

        foreach (var br in body.QuerySelectorAll("br").ToList())
        {
            br.Replace(document.CreateTextNode("\n"));
        }

        foreach (var block in body.QuerySelectorAll("p, blockquote, li, div").ToList())
        {
            block.Append(document.CreateTextNode("\n\n"));
        }

        return body.TextContent;
    }

    // Gutenberg: embeds become links; server-rendered blocks (latest posts, archives, reusable
    // blocks) have no content of their own to keep. Every other block's comments are plain HTML
    // comments, which the parser leaves out.
    private static string Blocks(string html, List<string> dropped)
    {
        html = EmbedBlock().Replace(html, m =>
        {
            var inner = FirstUrl().Match(m.Groups["inner"].Value);
            var url = JsonUrl(m.Groups["attrs"].Value) ?? (inner.Success ? inner.Value : null);
            return url is null ? "" : LinkParagraph(url);
        });

        return SelfClosingBlock().Replace(html, m =>
        {
            var name = m.Groups["name"].Value;
            if (name is not ("more" or "nextpage" or "spacer" or "separator"))
            {
                dropped.Add("wp:" + name);
            }

            return "";
        });
    }

    private static string Shortcodes(string html, List<string> dropped)
    {
        if (!html.Contains('[', StringComparison.Ordinal))
        {
            return html;
        }

        html = CaptionShortcode().Replace(html, m =>
        {
            var inner = m.Groups["inner"].Value;
            var image = CaptionImage().Match(inner);
            var text = image.Success ? image.Groups["text"].Value : "";
            if (text.Trim().Length == 0 && Attribute(m.Groups["attrs"].Value, "caption") is { } fromAttribute)
            {
                text = WebUtility.HtmlEncode(fromAttribute);
            }

            // The id (attachment_301) says which attachment the image is, for the writer.
            var attachment = Attribute(m.Groups["attrs"].Value, "id") is { } id && id.StartsWith("attachment_", StringComparison.Ordinal)
                && long.TryParse(id.AsSpan("attachment_".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? $" data-wp-attachment=\"{n.ToString(CultureInfo.InvariantCulture)}\""
                    : "";
            return image.Success
                ? $"<figure{attachment}>{image.Groups["image"].Value}<figcaption>{text.Trim()}</figcaption></figure>"
                : inner;
        });

        html = EmbedShortcode().Replace(html, m => FirstUrl().Match(m.Groups["inner"].Value) is { Success: true } url ? LinkParagraph(url.Value) : "");

        html = MediaShortcode().Replace(html, m =>
        {
            var attrs = m.Groups["attrs"].Value;
            var source = MediaSources
                .Select(name => Attribute(attrs, name))
                .FirstOrDefault(v => v is { Length: > 0 })
                ?? (FirstUrl().Match(m.Groups["inner"].Value) is { Success: true } url ? url.Value : null);
            return source is null ? "" : LinkParagraph(source);
        });

        return AnyShortcode().Replace(html, m =>
        {
            // [[name]] is how WordPress writes a literal shortcode.
            if (m.Groups["open"].Length > 0 && m.Groups["close"].Length > 0)
            {
                return m.Value[1..^1];
            }

            dropped.Add($"[{m.Groups["name"].Value.ToLowerInvariant()}]");
            return m.Groups["open"].Value + m.Groups["close"].Value;
        });
    }

    // wpautop on the parsed tree: loose text and inline elements between blocks become
    // paragraphs at blank lines, and a single newline inside one becomes a line break.
    private static void AutoParagraphs(IElement container)
    {
        var run = new List<INode>();
        foreach (var node in container.ChildNodes.ToList())
        {
            if (node is IElement element && BlockTags.Contains(element.LocalName))
            {
                WrapRun(container, run, element);
                run.Clear();
                if (ParagraphContainers.Contains(element.LocalName))
                {
                    AutoParagraphs(element);
                }
            }
            else
            {
                run.Add(node);
            }
        }

        WrapRun(container, run, null);
    }

    private static void WrapRun(IElement container, List<INode> run, INode? before)
    {
        if (run.Count == 0)
        {
            return;
        }

        var document = container.Owner!;
        IElement? paragraph = null;
        void Close()
        {
            if (paragraph is not null && HasContent(paragraph))
            {
                container.InsertBefore(paragraph, before);
            }

            paragraph = null;
        }

        foreach (var node in run)
        {
            container.RemoveChild(node);
            if (node is not IText text)
            {
                paragraph ??= document.CreateElement("p");
                paragraph.AppendChild(node);
                continue;
            }

            var parts = BlankLine().Split(text.Data);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Close();
                }

                var lines = parts[i].Split('\n');
                for (var j = 0; j < lines.Length; j++)
                {
                    if (j > 0 && paragraph is not null)
                    {
                        paragraph.AppendChild(document.CreateElement("br"));
                    }

                    if (paragraph is null && lines[j].Trim().Length == 0)
                    {
                        continue;
                    }

                    paragraph ??= document.CreateElement("p");
                    paragraph.AppendChild(document.CreateTextNode(lines[j]));
                }
            }
        }

        Close();
    }

    private static bool HasContent(IElement paragraph) =>
        paragraph.TextContent.Trim().Length > 0
        || paragraph.QuerySelector("img, iframe, video, audio, embed, object") is not null;

    private static string LinkParagraph(string url)
    {
        var encoded = WebUtility.HtmlEncode(url.Trim());
        return $"\n\n<p><a href=\"{encoded}\">{encoded}</a></p>\n\n";
    }

    private static string? JsonUrl(string attrs)
    {
        if (attrs.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(attrs);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("url", out var url)
                && url.ValueKind == JsonValueKind.String
                    ? url.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Attribute(string attrs, string name)
    {
        foreach (Match m in ShortcodeAttribute().Matches(attrs))
        {
            if (string.Equals(m.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                return WebUtility.HtmlDecode(m.Groups["quoted"].Success ? m.Groups["quoted"].Value
                    : m.Groups["single"].Success ? m.Groups["single"].Value : m.Groups["bare"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"<!--\s*wp:(?<name>embed|core-embed/[a-z0-9-]+)(?<attrs>\s+\{(?:(?!-->).)*?\})?\s*-->(?<inner>.*?)<!--\s*/wp:\k<name>\s*-->", RegexOptions.Singleline)]
    private static partial Regex EmbedBlock();

    [GeneratedRegex(@"<!--\s*wp:(?:core/)?(?<name>[a-z0-9][a-z0-9_/-]*)(?:\s+\{(?:(?!-->).)*?\})?\s*/-->", RegexOptions.Singleline)]
    private static partial Regex SelfClosingBlock();

    [GeneratedRegex(@"\[(?<tag>caption|wp_caption)\b(?<attrs>[^\]]*)\](?<inner>.*?)\[/\k<tag>\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionShortcode();

    [GeneratedRegex(@"^\s*(?<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?<text>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionImage();

    [GeneratedRegex(@"\[embed\b[^\]]*\](?<inner>.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex EmbedShortcode();

    [GeneratedRegex(@"\[(?<tag>video|audio)\b(?<attrs>[^\]]*)\](?:(?<inner>.*?)\[/\k<tag>\])?", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MediaShortcode();

    // An opening, closing or self-closing shortcode with a Latin name; "[1]" or "[تحديث]" in an
    // Arabic text is not one.
    [GeneratedRegex(@"(?<open>\[?)\[/?(?<name>[a-zA-Z][a-zA-Z0-9_-]*)(?:\s(?:[^\[\]""]|""[^""]*"")*)?/?\](?<close>\]?)")]
    private static partial Regex AnyShortcode();

    [GeneratedRegex(@"(?<name>[\w-]+)\s*=\s*(?:""(?<quoted>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s'""\]]+))")]
    private static partial Regex ShortcodeAttribute();

    [GeneratedRegex(@"https?://[^\s<>""']+")]
    private static partial Regex FirstUrl();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
