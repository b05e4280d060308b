using System.Net;
using AngleSharp.Dom;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Articles;

/// What the article page tells search engines and social networks in its head.
public class ShowHeadTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Article_head_has_canonical_url_description_and_social_cards()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("افتتاح سوق الهال في القامشلي", "اقتصاد", hoursAgo: 3) with
        {
            Standfirst = "بدأ التجار العمل في السوق الجديد صباح اليوم.",
            Byline = new BylineInput(null, ["ليلى داود"]),
            Tags = [new TagInput("القامشلي", "place"), new TagInput("الأسواق", null)],
        });
        var url = await CanonicalAsync(id);

        var page = await _client.GetDocumentAsync(url);

        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("بدأ التجار العمل في السوق الجديد صباح اليوم.", Meta(page, "name", "description"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("افتتاح سوق الهال في القامشلي", Meta(page, "property", "og:title"));
        Assert.Equal("بدأ التجار العمل في السوق الجديد صباح اليوم.", Meta(page, "property", "og:description"));
        Assert.Equal(url, Meta(page, "property", "og:url"));
        Assert.Equal("صحيفة", Meta(page, "property", "og:site_name"));
        Assert.Equal("ar_AR", Meta(page, "property", "og:locale"));
        Assert.Equal("summary", Meta(page, "name", "twitter:card"));
        Assert.Equal("افتتاح سوق الهال في القامشلي", Meta(page, "name", "twitter:title"));
        Assert.Equal("بدأ التجار العمل في السوق الجديد صباح اليوم.", Meta(page, "name", "twitter:description"));
        Assert.Equal("2026-03-01T10:00:00+03:00", Meta(page, "property", "article:published_time"));
        Assert.Equal("2026-03-01T13:00:00+03:00", Meta(page, "property", "article:modified_time"));
        Assert.Equal("اقتصاد", Meta(page, "property", "article:section"));
        Assert.Equal(["القامشلي", "الأسواق"], page.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
        Assert.Equal(["http://localhost" + ArticleUrls.Author("ليلى-داود")], page.QuerySelectorAll("meta[property='article:author']").Select(m => m.GetAttribute("content")));
        // There is no image model yet, so no card image.
        Assert.Null(page.QuerySelector("meta[property='og:image'], meta[name='twitter:image']"));
    }

    [Fact]
    public async Task Awkward_headline_is_escaped_in_every_head_tag()
    {
        const string headline = "عاجل: «الإدارة» تعلن & تنفي <رسمياً> \"الخبر\"؟ '";
        var id = await factory.PublishAsync(SahifaFactory.Story(headline) with { Standfirst = "مقدمة \"فيها\" <وسم> & «اقتباس»؛" });

        var html = await _client.GetStringAsync(await CanonicalAsync(id));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal($"{headline} | صحيفة", page.Title);
        Assert.Equal(headline, Meta(page, "property", "og:title"));
        Assert.Equal(headline, Meta(page, "name", "twitter:title"));
        Assert.Equal("مقدمة \"فيها\" <وسم> & «اقتباس»؛", Meta(page, "name", "description"));
        Assert.Equal("مقدمة \"فيها\" <وسم> & «اقتباس»؛", Meta(page, "property", "og:description"));
        Assert.DoesNotContain("<رسمياً>", html, StringComparison.Ordinal);
        Assert.Contains("«الإدارة»", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_base_url_is_the_origin_of_canonical_and_card_urls()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Site:BaseUrl", "https://sahifa.example"));
        var id = await site.PublishAsync(SahifaFactory.Story("خبر على النطاق الرسمي"));
        var client = site.CreateClient();
        var path = (await client.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;

        var page = await client.GetDocumentAsync(path);

        Assert.Equal("https://sahifa.example" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://sahifa.example" + path, Meta(page, "property", "og:url"));
        Assert.All(page.QuerySelectorAll("link[rel=alternate]"), link => Assert.StartsWith("https://sahifa.example/", link.GetAttribute("href")));
    }

    [Fact]
    public async Task Archive_pages_have_absolute_canonical_urls()
    {
        await factory.PublishAsync(SahifaFactory.Story("خبر في قسم الرياضة", "رياضة"));

        var page = await _client.GetDocumentAsync(ArticleUrls.Section("رياضة"));
        var front = await _client.GetDocumentAsync("/");

        Assert.Equal("http://localhost" + ArticleUrls.Section("رياضة"), page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/", front.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("website", Meta(front, "property", "og:type"));
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"meta[{attribute}]").SingleOrDefault(m => m.GetAttribute(attribute) == name)?.GetAttribute("content");

    private async Task<string> CanonicalAsync(int id)
    {
        using var response = await _client.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return "http://localhost" + response.Headers.Location!.OriginalString;
    }
}
