using System.Net;

namespace Sahifa.Web.Tests.Sections;

public class ShowTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Section_archive_has_its_title_count_and_only_its_stories()
    {
        await factory.PublishAsync(SahifaFactory.Story("موازنة البلدية", "شؤون محلية"));
        await factory.PublishAsync(SahifaFactory.Story("جلسة علنية للمجلس", "شؤون محلية"));
        await factory.PublishAsync(SahifaFactory.Story("معرض الكتاب", "فنون"));

        var page = await factory.CreateClient().GetDocumentAsync($"/sections/{Uri.EscapeDataString("شؤون-محلية")}");

        Assert.Equal("شؤون محلية", page.Text("h1"));
        Assert.Equal("مادتان", page.Text(".archive-count"));
        Assert.Equal(["جلسة علنية للمجلس", "موازنة البلدية"], page.Texts(".card-headline"));
        Assert.StartsWith("شؤون محلية", page.Title);
    }

    [Fact]
    public async Task Section_archive_paginates_and_counts_in_arabic_plural_forms()
    {
        for (var i = 1; i <= 14; i++)
        {
            await factory.PublishAsync(SahifaFactory.Story($"تقرير {i}", "تقارير مطولة", hoursAgo: 50 - i));
        }

        var client = factory.CreateClient();
        var first = await client.GetDocumentAsync($"/sections/{Uri.EscapeDataString("تقارير-مطولة")}");
        var second = await client.GetDocumentAsync($"/sections/{Uri.EscapeDataString("تقارير-مطولة")}?page=2");

        Assert.Equal("14 مادة", first.Text(".archive-count"));
        Assert.Equal(12, first.QuerySelectorAll(".card").Length);
        Assert.Equal(["تقرير 2", "تقرير 1"], second.Texts(".card-headline"));
        Assert.Equal("الصفحة 2 من 2", second.Text(".pager-position"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sections/{Uri.EscapeDataString("تقارير-مطولة")}?page=3")).StatusCode);
    }

    [Fact]
    public async Task Unknown_section_is_404()
    {
        var response = await factory.CreateClient().GetAsync("/sections/no-such-section");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
