using System.Net;

namespace Sahifa.Web.Tests.Front;

public class IndexTests
{
    [Fact]
    public async Task Front_page_shows_the_lead_story_the_latest_and_a_block_per_section()
    {
        using var factory = new SahifaFactory();
        await factory.PublishAsync(SahifaFactory.Story("خبر ثقافي قديم", "ثقافة", hoursAgo: 30));
        await factory.PublishAsync(SahifaFactory.Story("خبر سياسي", "سياسة", hoursAgo: 5));
        await factory.PublishAsync(SahifaFactory.Story("عاجل: افتتاح الجسر", "اقتصاد", hoursAgo: 1) with { Breaking = true });

        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("عاجل: افتتاح الجسر", page.Text(".lead-story .lead-headline"));
        Assert.Equal("عاجل", page.Text(".lead-story .breaking"));
        Assert.Equal(["خبر سياسي", "خبر ثقافي قديم"], page.Texts(".latest .card-headline"));
        Assert.Equal(["ثقافة", "سياسة", "اقتصاد"], page.Texts(".section-block > h2"));
        var culture = page.QuerySelectorAll(".section-block")[0];
        Assert.Equal(["خبر ثقافي قديم"], culture.QuerySelectorAll(".card-headline").Select(h => h.TextContent.Trim()));
        Assert.Equal(["ثقافة", "سياسة", "اقتصاد"], page.Texts(".section-nav li:not(:first-child) a"));
    }

    [Fact]
    public async Task Front_page_paginates_the_latest_stories()
    {
        using var factory = new SahifaFactory();
        for (var i = 1; i <= 15; i++)
        {
            await factory.PublishAsync(SahifaFactory.Story($"خبر رقم {i}", hoursAgo: 100 - i));
        }

        var client = factory.CreateClient();
        var first = await client.GetDocumentAsync("/");
        var second = await client.GetDocumentAsync("/?page=2");

        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["خبر رقم 3", "خبر رقم 2", "خبر رقم 1"], second.Texts(".card-headline"));
        Assert.Equal("/", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Empty(second.QuerySelectorAll(".section-block"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/?page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Empty_site_says_nothing_is_published_yet()
    {
        using var factory = new SahifaFactory();

        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("لم تُنشر أي مادة بعد.", page.Text(".empty"));
    }
}
