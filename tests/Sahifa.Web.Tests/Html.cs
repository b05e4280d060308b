using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sahifa.Web.Tests;

/// Pages are checked with selectors, the way a reader's browser sees them, not by substring.
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return await Parser.ParseDocumentAsync(body);
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim()
        ?? throw new Xunit.Sdk.XunitException($"nothing matches '{selector}' in:\n{document.ToHtml()[..Math.Min(document.ToHtml().Length, 3000)]}");

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
