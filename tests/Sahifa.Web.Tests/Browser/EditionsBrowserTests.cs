using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sahifa.Web.Articles;
using Xunit.Abstractions;

namespace Sahifa.Web.Tests.Browser;

/// The demo site with four editions and one story told in each, as Chromium lays it out.
public sealed class EditionsChromiumFixture : ChromiumFixture
{
    public Dictionary<string, string> StoryUrls { get; } = [];

    protected override BrowserSahifaFactory CreateSite() => new(
        ("Sahifa:Editions:0:Code", "ar"),
        ("Sahifa:Editions:1:Code", "en"),
        ("Sahifa:Editions:2:Code", "ckb"),
        ("Sahifa:Editions:3:Code", "kmr"));

    protected override async Task SeedAsync(BrowserSahifaFactory site)
    {
        var ar = await PublishAsync(site, "ar", null, "إعادة افتتاح جسر القامشلي بعد ترميم استمر عامين", "اقتصاد",
            "عبرت أولى السيارات الجسر صباح اليوم بعد أشهر من الإغلاق، وسط ترحيب سكان الحي الغربي.", "وكالة الخابور للأنباء");
        await PublishAsync(site, "en", ar, "Qamishli's Jaghjagh bridge reopens after two years of repairs", "Economy",
            "The first cars crossed the bridge this morning after months of closure, to the relief of residents of the western district.", "Khabur News Agency");
        await PublishAsync(site, "ckb", ar, "پردی قامیشلۆ دوای دوو ساڵ نۆژەنکردنەوە جارێکی تر کرایەوە", "ئابووری",
            "یەکەم ئۆتۆمبێلەکان بەیانی ئەمڕۆ دوای چەند مانگێک داخستن بە پردەکەدا تێپەڕین.", "ئاژانسی هەواڵی خابوور");
        await PublishAsync(site, "kmr", ar, "Pira Qamişloyê piştî du salan tamîrê ji nû ve hat vekirin", "Aborî",
            "Otomobîlên pêşîn îro sibê piştî çend mehan girtinê di ser pirê re derbas bûn.", "Ajansa Nûçeyan a Xabûrê");
    }

    private async Task<int> PublishAsync(BrowserSahifaFactory site, string edition, int? translationOf, string title, string section, string standfirst, string source)
    {
        using var scope = site.Services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<SaveArticle>().CreateAsync(new ArticleInput
        {
            Title = title,
            Standfirst = standfirst,
            Body = standfirst + "\n\n" + standfirst + " " + standfirst,
            Section = section,
            Sources = [source],
            Byline = new BylineInput(null, [edition switch { "ar" => "ليلى داود", "ckb" => "لەیلا داوود", _ => "Leyla Dawid" }]),
            Tags = [new TagInput(edition switch { "ar" => "القامشلي", "ckb" => "قامیشلۆ", "kmr" => "Qamişlo", _ => "Qamishli" }, "place")],
            Status = "published",
            PublishedAt = SahifaFactory.Now.AddMinutes(-5),
            Edition = edition,
            TranslationOf = translationOf,
        }, CancellationToken.None);
        var slug = await scope.ServiceProvider.GetRequiredService<Sahifa.Web.Data.SahifaDb>().Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
        StoryUrls[edition] = ArticleUrls.Article(id, slug);
        return id;
    }
}

public sealed class EditionsBrowserTests(EditionsChromiumFixture browser, ITestOutputHelper output) : IClassFixture<EditionsChromiumFixture>
{
    [BrowserTheory]
    [InlineData("en", "ltr")]
    [InlineData("kmr", "ltr")]
    [InlineData("ckb", "rtl")]
    [InlineData("ar", "rtl")]
    public async Task Each_edition_lays_out_its_article_and_front_page_in_its_direction_on_a_phone(string edition, string direction)
    {
        browser.EnsureRunning();
        await using var tab = await browser.OpenAsync(ArticlePageBrowserTests.Phone, 1400);
        var page = tab.Page;

        foreach (var url in new[] { browser.StoryUrls[edition], edition == "ar" ? "/" : $"/{edition}/" })
        {
            await page.GotoAsync(url);
            Assert.Equal(direction, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
            Assert.Equal(edition, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            var overflow = await page.EvaluateAsync<ArticlePageBrowserTests.Overflow>(ArticlePageBrowserTests.MeasureOverflow);
            var shot = await ShotAsync(page, $"edition-{edition}-{(url.StartsWith("/articles/", StringComparison.Ordinal) ? "article" : "front")}-375.png");
            Assert.True(overflow.ScrollWidth <= overflow.InnerWidth && overflow.Offenders.Length == 0,
                $"{url} overflows at 375 px (see {shot}):\n" + string.Join("\n", overflow.Offenders));
        }

        // The headline starts on the side the language starts: the right for Arabic script,
        // the left for Latin.
        await page.GotoAsync(browser.StoryUrls[edition]);
        var box = (await page.Locator("h1.headline").BoundingBoxAsync())!;
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        var startGap = direction == "rtl" ? main.X + main.Width - (box.X + box.Width) : box.X - main.X;
        Assert.True(startGap < 24, $"the headline does not start at the {direction} start of the page (gap {startGap:0} px)");
        Assert.True(tab.Problems.IsEmpty, string.Join("\n", tab.Problems));
    }

    [BrowserFact]
    public async Task The_language_switcher_leads_to_the_same_story_in_another_edition()
    {
        browser.EnsureRunning();
        await using var tab = await browser.OpenAsync(ArticlePageBrowserTests.Phone);
        var page = tab.Page;

        await page.GotoAsync(browser.StoryUrls["ar"]);
        await page.Locator("nav.translations a[hreflang=en]").ClickAsync();

        await page.WaitForURLAsync("**" + browser.StoryUrls["en"]);
        Assert.Equal("Qamishli's Jaghjagh bridge reopens after two years of repairs", (await page.Locator("h1.headline").TextContentAsync())?.Trim());
        Assert.Equal("ltr", await page.EvaluateAsync<string>("() => document.documentElement.dir"));
    }

    private async Task<string> ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ChromiumFixture.ScreenshotDirectory);
        var path = Path.Combine(ChromiumFixture.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        output.WriteLine($"screenshot: {path}");
        return path;
    }
}
