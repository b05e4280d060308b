using System.Net;
using System.Text.RegularExpressions;
using Sahifa.Arabic;

namespace Sahifa.Web.Corrections;

/// The reader's quote found in the article's text, with the paragraph around it, so the editor
/// sees what the request is about. Matching uses the search normaliser, so a quote typed without
/// hamza or with diacritics (الاسد، الأسدُ) still finds الأسد, and stop words and punctuation in
/// between do not matter.
public sealed partial record QuotedPassage(string Before, string Match, string After)
{
    public static QuotedPassage? Find(string articleText, string quote)
    {
        var wanted = SearchText.Words(quote).Select(w => w.Exact).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var words = SearchText.Words(articleText);
        for (var i = 0; i + wanted.Count <= words.Count; i++)
        {
            var matches = true;
            for (var j = 0; j < wanted.Count && matches; j++)
            {
                matches = string.Equals(words[i + j].Exact, wanted[j], StringComparison.Ordinal);
            }

            if (!matches)
            {
                continue;
            }

            var start = words[i].Start;
            var last = words[i + wanted.Count - 1];
            var end = last.Start + last.Length;
            var paragraphStart = articleText.LastIndexOf("\n\n", start, StringComparison.Ordinal) is var p and >= 0 ? p + 2 : 0;
            var paragraphEnd = articleText.IndexOf("\n\n", end, StringComparison.Ordinal) is var e and >= 0 ? e : articleText.Length;
            return new QuotedPassage(articleText[paragraphStart..start], articleText[start..end], articleText[end..paragraphEnd]);
        }

        return null;
    }

    /// The words of rendered article HTML, one block (paragraph, heading, list item) per paragraph.
    public static string PlainText(string headline, string standfirst, string bodyHtml)
    {
        var blocks = BlockEnd().Replace(bodyHtml, "\n\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(blocks, ""));
        return string.Join("\n\n", new[] { headline, standfirst }.Concat(text.Split("\n\n")).Select(t => t.Trim()).Where(t => t.Length > 0));
    }

    [GeneratedRegex(@"</(p|h[1-6]|li|blockquote|tr|figcaption|pre)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
