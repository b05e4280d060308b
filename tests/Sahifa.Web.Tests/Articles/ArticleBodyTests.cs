using AngleSharp.Html.Parser;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Articles;

public class ArticleBodyTests
{
    private static readonly ArticleBody Body = new("sahifa.example");
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Dom.IElement Render(string markdown) =>
        Parser.ParseDocument($"<body>{Body.ToHtml(markdown)}</body>").Body!;

    [Fact]
    public void Subheadings_become_h2_and_a_stray_h1_is_demoted()
    {
        var html = Render("# عنوان كبير\n\nفقرة.\n\n## عنوان فرعي\n\nفقرة.");

        Assert.Empty(html.QuerySelectorAll("h1"));
        Assert.Equal(["عنوان كبير", "عنوان فرعي"], html.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "script")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "iframe")]
    [InlineData("[x](javascript:alert(1))", "a[href^='javascript']")]
    [InlineData("<img src=x onerror=alert(1)>", "[onerror]")]
    [InlineData("<style>body{display:none}</style>", "style")]
    public void Dangerous_markup_never_survives(string markdown, string selector) =>
        Assert.Empty(Render(markdown).QuerySelectorAll(selector));

    [Fact]
    public void External_links_get_nofollow_noopener_and_internal_ones_do_not()
    {
        var html = Render("[تقرير](https://example.org/r) و[أرشيفنا](https://sahifa.example/sections/x) و[نسبي](/tags/y)");

        Assert.Equal("nofollow noopener", html.QuerySelector("a[href='https://example.org/r']")!.GetAttribute("rel"));
        Assert.Null(html.QuerySelector("a[href='https://sahifa.example/sections/x']")!.GetAttribute("rel"));
        Assert.Null(html.QuerySelector("a[href='/tags/y']")!.GetAttribute("rel"));
    }

    [Fact]
    public void Arabic_paragraph_opening_with_latin_stays_rtl_and_an_english_quote_reads_ltr()
    {
        var html = Render("M4 طريق دولي يربط الحسكة بحلب.\n\n> The bridge will reopen next week, the committee said.");

        Assert.Null(html.QuerySelector("p")!.GetAttribute("dir"));
        Assert.Equal("ltr", html.QuerySelector("blockquote")!.GetAttribute("dir"));
    }

    [Fact]
    public void Latin_link_text_is_isolated_so_it_does_not_reorder_arabic_around_it() =>
        Assert.Equal("auto", Render("نقلت [Euphrates Wire](https://example.org) الخبر").QuerySelector("a")!.GetAttribute("dir"));

    [Fact]
    public void Lists_quotes_and_emphasis_are_kept()
    {
        var html = Render("- أول\n- ثانٍ\n\n> «اقتباس»\n\n**مهم**");

        Assert.Equal(2, html.QuerySelectorAll("ul > li").Length);
        Assert.Equal("«اقتباس»", html.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Equal("مهم", html.QuerySelector("strong")!.TextContent);
    }
}
