using System.Net;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Articles;

public class ShowTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static ArticleInput FullStory(string title) => SahifaFactory.Story(title, "اقتصاد", hoursAgo: 3) with
    {
        Standfirst = "عادت الشاحنات إلى عبور الجسر صباح اليوم بعد سبعة أشهر من الصيانة.",
        TypeOfWork = "analysis",
        Byline = new BylineInput(null, ["ليلى داود", "سلمان الفرج"]),
        Sources = ["وكالة الخابور للأنباء", "Euphrates Wire"],
        Tags = [new TagInput("الحسكة", "place"), new TagInput("جيهان يوسف", "person"), new TagInput("لجنة الطرق", "organisation"), new TagInput("النقل", null)],
        Body = """
            أعادت اللجنة فتح الجسر أمام الشاحنات، وفق [بيان اللجنة](https://example.org/bridge).

            ## ساعتان أقل على طريق الحبوب

            يقول السائقون إن الطريق البديل كان يضيف ساعتين.

            ## قيود على الحمولة

            > «يُمنع توقف الشاحنات على الجسر»
            """,
    };

    [Fact]
    public async Task Article_page_shows_every_part_of_the_anatomy()
    {
        var id = await factory.PublishAsync(FullStory("إعادة فتح جسر الخابور أمام الشاحنات"));
        var page = await _client.GetDocumentAsync(await CanonicalAsync(id));

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("إعادة فتح جسر الخابور أمام الشاحنات", page.Text("article h1"));
        Assert.Equal("عادت الشاحنات إلى عبور الجسر صباح اليوم بعد سبعة أشهر من الصيانة.", page.Text(".standfirst"));
        Assert.Equal("تحليل", page.Text(".article-header .type-of-work"));
        Assert.Equal(["ليلى داود", "سلمان الفرج"], page.Texts(".byline a[rel=author]"));
        Assert.Contains("ليلى داود وسلمان الفرج", page.Text(".byline"));

        // 3 hours before 10:00Z on Sunday 1 March 2026 is 07:00Z: 10:00 in Damascus (UTC+3).
        var dateline = page.QuerySelector(".dateline time")!;
        Assert.Equal("الأحد 1 مارس/آذار 2026، 10:00", dateline.TextContent);
        Assert.Equal("2026-03-01T10:00:00+03:00", dateline.GetAttribute("datetime"));

        Assert.Equal(["ساعتان أقل على طريق الحبوب", "قيود على الحمولة"], page.Texts(".article-body h2"));
        Assert.NotNull(page.QuerySelector(".article-body blockquote"));

        var sources = page.QuerySelectorAll(".sources a").ToList();
        Assert.Equal(["وكالة الخابور للأنباء", "Euphrates Wire"], sources.Select(a => a.TextContent));
        Assert.Equal("/sources/euphrates-wire", sources[1].GetAttribute("href"));

        Assert.Equal(
            ["مكان: الحسكة", "شخصية: جيهان يوسف", "جهة: لجنة الطرق", "موضوع: النقل"],
            page.Texts(".tags li").Select(t => string.Join(' ', t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.NotNull(page.QuerySelector(".tags li.tag-place a[href^='/tags/']"));

        var invitation = page.QuerySelector(".correction-invite a")!;
        Assert.Equal("#correction", invitation.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#correction"));
    }

    [Fact]
    public async Task Landmarks_skip_link_and_heading_order_are_in_place()
    {
        var id = await factory.PublishAsync(FullStory("مقال لفحص إمكانية الوصول"));
        var page = await _client.GetDocumentAsync(await CanonicalAsync(id));

        Assert.Equal("#content", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#content"));
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));

        // Headings never skip a level: h1, then h2s, then h3s.
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading order jumps from h{levels[i - 1]} to h{levels[i]}");
        }
    }

    [Fact]
    public async Task Id_only_url_redirects_permanently_to_canonical_url()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("انقطاع طريق M4 بين تل تمر وعين عيسى"));

        using var response = await _client.GetAsync($"/articles/{id}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"/articles/{id}/{Uri.EscapeDataString("انقطاع-طريق-m4-بين-تل-تمر-وعين-عيسى")}", location);
        Assert.True(location.All(char.IsAscii), "Location must be percent-encoded ASCII");
        await _client.GetDocumentAsync(location);
    }

    [Fact]
    public async Task Wrong_slug_redirects_permanently_to_canonical_url()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("الرقة تستقبل العام الدراسي"));

        using var response = await _client.GetAsync($"/articles/{id}/{Uri.EscapeDataString("عنوان-قديم")}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(await CanonicalAsync(id), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Unknown_article_gets_the_arabic_not_found_page()
    {
        var page = await _client.GetDocumentAsync("/articles/987654/anything", expectedStatus: 404);

        Assert.Equal("الصفحة غير موجودة", page.Text("h1"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Draft_is_invisible_to_the_public()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("مسودة لم تنشر") with { Status = "draft", PublishedAt = null });

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{id}")).StatusCode);
        var front = await _client.GetDocumentAsync("/");
        Assert.DoesNotContain("مسودة لم تنشر", front.Texts("a"));
    }

    [Fact]
    public async Task Article_dated_in_the_future_appears_only_when_its_time_comes()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("مادة مجدولة للغد", hoursAgo: -24));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/articles/{id}")).StatusCode);

        var later = new SahifaFactory();
        await using (later)
        {
            // A separate host whose clock is a day and a minute later sees it.
            later.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
            var laterId = await later.PublishAsync(SahifaFactory.Story("مادة مجدولة للغد", hoursAgo: -24));
            Assert.Equal(HttpStatusCode.MovedPermanently, (await later.CreateClient().GetAsync($"/articles/{laterId}")).StatusCode);
        }
    }

    [Fact]
    public async Task Messy_headline_round_trips_intact()
    {
        const string headline = "«الإدارة الــذاتية» تعلن: ٣ معابر جديدة عبر طريق M4 في 2026؟";
        var id = await factory.PublishAsync(SahifaFactory.Story(headline));

        var page = await _client.GetDocumentAsync(await CanonicalAsync(id));

        Assert.Equal(headline, page.Text("h1"));
        Assert.StartsWith(headline, page.Title);
    }

    [Fact]
    public async Task Arabic_is_sent_as_text_not_as_character_references()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("الحسكة تحتفل بمعرض الكتاب"));

        var html = await (await _client.GetAsync(await CanonicalAsync(id))).Content.ReadAsStringAsync();

        Assert.Contains("الحسكة تحتفل بمعرض الكتاب", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x62D;", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Markup_in_user_text_is_escaped_and_scripts_never_reach_the_page()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("عنوان فيه <script>alert(1)</script> & \"اقتباس\"") with
        {
            Body = "فقرة <script>alert(2)</script> ثم [رابط خبيث](javascript:alert(3)) و<img src=x onerror=alert(4)>",
        });

        var page = await _client.GetDocumentAsync(await CanonicalAsync(id));

        // The only scripts are the JSON-LD data blocks, which StructuredDataTests checks.
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));
        Assert.Equal("عنوان فيه <script>alert(1)</script> & \"اقتباس\"", page.Text("h1"));
    }

    [Fact]
    public async Task Public_pages_set_no_cookie_and_forbid_third_party_hosts()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("صفحة بلا ملفات تعريف"));

        using var response = await _client.GetAsync(await CanonicalAsync(id));

        Assert.False(response.Headers.Contains("Set-Cookie"));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
    }

    private async Task<string> CanonicalAsync(int id)
    {
        using var response = await _client.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
