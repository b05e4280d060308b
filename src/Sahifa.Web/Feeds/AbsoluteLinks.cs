using AngleSharp.Html.Parser;

namespace Sahifa.Web.Feeds;

/// Article bodies link within the site by path ("/sources/..."). A feed reader shows them away
/// from the site and has nothing to resolve them against (RSS has no base URL), so feeds carry
/// them absolute.
public static class AbsoluteLinks
{
    private static readonly HtmlParser Parser = new();

    public static string Rewrite(string html, string origin, string pageUrl)
    {
        if (!html.Contains("=\"/", StringComparison.Ordinal) && !html.Contains("=\"#", StringComparison.Ordinal))
        {
            return html;
        }

        using var document = Parser.ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in (string[])["href", "src"])
            {
                if (element.GetAttribute(name) is not { Length: > 0 } value)
                {
                    continue;
                }

                if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    element.SetAttribute(name, origin + value);
                }
                else if (value.StartsWith('#'))
                {
                    element.SetAttribute(name, pageUrl + value);
                }
            }
        }

        return document.Body.InnerHtml;
    }
}
