using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Tests.Articles;

public class StructuredDataTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Article_page_carries_news_article_json_ld_with_every_required_property()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("إعادة فتح جسر الخابور", "اقتصاد", hoursAgo: 3) with
        {
            Standfirst = "عادت الشاحنات إلى عبور الجسر.",
            Byline = new BylineInput(null, ["ليلى داود", "سلمان الفرج"]),
            Sources = ["وكالة الجزيرة السورية", "Euphrates Wire"],
            Tags = [new TagInput("الحسكة", "place"), new TagInput("النقل", null)],
        });
        await GiveSourceAWebsiteAsync(Slugs("Euphrates Wire"), "https://euphrates-wire.example.net");
        var url = await CanonicalAsync(id);

        var article = Single(await JsonLdAsync(url), "NewsArticle");

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("إعادة فتح جسر الخابور", article.GetProperty("headline").GetString());
        Assert.Equal("عادت الشاحنات إلى عبور الجسر.", article.GetProperty("description").GetString());
        Assert.Equal("ar", article.GetProperty("inLanguage").GetString());
        Assert.Equal(url, article.GetProperty("url").GetString());
        Assert.Equal(url, article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        // Published 3 hours before 10:00Z (10:00 in Damascus), saved at 10:00Z (13:00 there).
        Assert.Equal("2026-03-01T10:00:00+03:00", article.GetProperty("datePublished").GetString());
        Assert.Equal("2026-03-01T13:00:00+03:00", article.GetProperty("dateModified").GetString());
        Assert.Equal(
            [("Person", "ليلى داود", "http://localhost" + ArticleUrls.Author("ليلى-داود")), ("Person", "سلمان الفرج", "http://localhost" + ArticleUrls.Author("سلمان-الفرج"))],
            article.GetProperty("author").EnumerateArray().Select(a => (a.GetProperty("@type").GetString(), a.GetProperty("name").GetString(), a.GetProperty("url").GetString())));
        var publisher = article.GetProperty("publisher");
        Assert.Equal("صحيفة", publisher.GetProperty("name").GetString());
        Assert.EndsWith("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("ImageObject", publisher.GetProperty("logo").GetProperty("@type").GetString());
        Assert.Equal("http://localhost/favicon.svg", publisher.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("اقتصاد", article.GetProperty("articleSection").GetString());
        Assert.Equal(["الحسكة", "النقل"], article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        var citations = article.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(["وكالة الجزيرة السورية", "Euphrates Wire"], citations.Select(c => c.GetProperty("name").GetString()));
        Assert.False(citations[0].TryGetProperty("url", out _));
        Assert.Equal("https://euphrates-wire.example.net", citations[1].GetProperty("url").GetString());
        // No corrections exist yet (issue 5), and no lead images.
        Assert.False(article.TryGetProperty("correction", out _));
        Assert.False(article.TryGetProperty("image", out _));
    }

    [Fact]
    public async Task Desk_byline_is_the_newsroom_as_an_organization()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("خبر من القسم") with { Byline = new BylineInput("مكتب القامشلي", null) });

        var article = Single(await JsonLdAsync(await CanonicalAsync(id)), "NewsArticle");

        var author = article.GetProperty("author");
        Assert.Equal(JsonValueKind.Object, author.ValueKind);
        Assert.Equal("Organization", author.GetProperty("@type").GetString());
        Assert.Equal("مكتب القامشلي", author.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Breadcrumbs_lead_from_the_front_page_through_the_section_to_the_article()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("مهرجان المسرح", "ثقافة"));
        var url = await CanonicalAsync(id);

        var crumbs = Single(await JsonLdAsync(url), "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();

        Assert.Equal([1, 2, 3], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal(["الرئيسية", "ثقافة", "مهرجان المسرح"], crumbs.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["http://localhost/", "http://localhost" + ArticleUrls.Section("ثقافة"), url], crumbs.Select(c => c.GetProperty("item").GetString()));
    }

    [Fact]
    public async Task Headline_with_a_closing_script_tag_cannot_break_out_of_the_json_ld()
    {
        const string headline = "عنوان </script><script>alert(1)</script> & \"اقتباس\" <!-- «تعليق»؟ '";
        var id = await factory.PublishAsync(SahifaFactory.Story(headline) with { Standfirst = "مقدمة </SCRIPT> فيها & و<b>" });
        var url = await CanonicalAsync(id);

        var html = await _client.GetStringAsync(url);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(headline, page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Equal(2, scripts.Length);
        var article = Single(Parse(scripts), "NewsArticle");
        Assert.Equal(headline, article.GetProperty("headline").GetString());
        Assert.Equal("مقدمة </SCRIPT> فيها & و<b>", article.GetProperty("description").GetString());
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.OrdinalIgnoreCase);
        // Arabic stays readable in the page source.
        Assert.Contains("\"headline\":\"عنوان \\u003C/script\\u003E", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Front_page_carries_the_website_with_a_search_action()
    {
        await factory.PublishAsync(SahifaFactory.Story("خبر للصفحة الرئيسية"));

        var website = Single(await JsonLdAsync("/"), "WebSite");

        Assert.Equal("صحيفة", website.GetProperty("name").GetString());
        Assert.Equal("http://localhost/", website.GetProperty("url").GetString());
        var search = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", search.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/search?q={search_term_string}", search.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", search.GetProperty("query-input").GetString());
    }

    [Fact]
    public void Public_corrections_are_stated_once_there_are_any()
    {
        var site = new FixedOptions<SiteOptions>(new SiteOptions());
        var structured = new StructuredData(site, new SiteDates(site));
        var article = new ArticleView(
            7, "bridge", "جسر", "مقدمة", "<p>نص</p>", TypeOfWork.News, ArticleStatus.Published, false, "قسم الأخبار",
            "اقتصاد", "economy", new DateTime(2026, 3, 1, 7, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc), [], [], []);

        var json = structured.NewsArticle(article, "https://sahifa.example", [new PublicCorrection("صُحّح اسم القرية.", new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc))]);

        using var document = JsonDocument.Parse(json);
        var correction = Assert.Single(document.RootElement.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("صُحّح اسم القرية.", correction.GetProperty("text").GetString());
        Assert.Equal("2026-03-02T10:00:00+03:00", correction.GetProperty("datePublished").GetString());
    }

    private static JsonElement Single(IReadOnlyList<JsonElement> blocks, string type) =>
        Assert.Single(blocks, b => b.GetProperty("@type").GetString() == type);

    private async Task<IReadOnlyList<JsonElement>> JsonLdAsync(string url)
    {
        var page = await _client.GetDocumentAsync(url);
        return Parse(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    // Each block must be JSON on its own, as a crawler reads it.
    private static List<JsonElement> Parse(IHtmlCollection<IElement> scripts) =>
        scripts.Select(s =>
        {
            using var document = JsonDocument.Parse(s.TextContent);
            return document.RootElement.Clone();
        }).ToList();

    private async Task<string> CanonicalAsync(int id)
    {
        using var response = await _client.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return "http://localhost" + response.Headers.Location!.OriginalString;
    }

    private static string Slugs(string name) => Sahifa.Arabic.Slugs.FromHeadline(name);

    // Sources get their website from the newsroom, which has no page for it yet.
    private async Task GiveSourceAWebsiteAsync(string slug, string url)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        await db.Sources.Where(s => s.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(x => x.Url, url));
    }
}
