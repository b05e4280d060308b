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
    public async Task Section_archive_headings_step_down_one_level_at_a_time_for_screen_reader_users()
    {
        await factory.PublishAsync(SahifaFactory.Story("أسعار الخضار في سوق الهال", "أسواق محلية"));

        var page = await factory.CreateClient().GetDocumentAsync($"/sections/{Uri.EscapeDataString("أسواق-محلية")}");

        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), step => Assert.True(step.Second <= step.First + 1, $"h{step.First} is followed by h{step.Second}"));
        Assert.Contains(3, levels);
    }

    [Fact]
    public async Task Unknown_section_is_404()
    {
        var response = await factory.CreateClient().GetAsync("/sections/no-such-section");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
