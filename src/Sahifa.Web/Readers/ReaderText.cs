using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Sahifa.Web.Readers;

/// A reader's text (a comment, a correction request) as HTML: plain text only, every character
/// encoded, blank lines as paragraphs, single line breaks kept, and http(s) addresses as links
/// that pass on no ranking or opener (rel="nofollow ugc noopener"). No Markdown, no HTML of the
/// reader's own.
public static partial class ReaderText
{
    public static IHtmlContent ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        foreach (var paragraph in Paragraphs(text))
        {
            // dir="auto": a comment in English under an Arabic article reads left to right.
            html.Append("<p dir=\"auto\">");
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.Append("<br>");
                }

                AppendLinked(html, lines[i].Trim());
            }

            html.Append("</p>");
        }

        return new HtmlString(html.ToString());
    }

    /// The reader's text tidied for storage: line endings unified, invisible controls that could
    /// reorder the page removed, runs of blank lines collapsed, ends trimmed.
    public static string Clean(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var cleaned = new StringBuilder(unified.Length);
        foreach (var c in Arabic.ArabicText.RemoveInvisibleControls(unified))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                cleaned.Append(c);
            }
        }

        return string.Join("\n\n", Paragraphs(cleaned.ToString()));
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0);

    private static void AppendLinked(StringBuilder html, string line)
    {
        var last = 0;
        foreach (Match match in Links().Matches(line))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»', '"', '\'', '،', '؛', '؟');
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(line[last..match.Index]));
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(uri.AbsoluteUri))
                .Append("\" rel=\"nofollow ugc noopener\" dir=\"ltr\">")
                .Append(WebUtility.HtmlEncode(url))
                .Append("</a>");
            last = match.Index + url.Length;
        }

        html.Append(WebUtility.HtmlEncode(line[last..]));
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Links();
}
