using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom.Articles;

public sealed class HistoryTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    private async Task<string> BodyAsync(int id)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SahifaDb>().Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync();
    }

    [Fact]
    public async Task Every_save_is_a_revision_compared_word_by_word_and_any_can_be_restored()
    {
        var input = SahifaFactory.Story("حصيلة القصف على ريف دير الزور") with { Body = "قُتل ثلاثة مدنيين في القصف، بحسب المرصد." };
        var id = await site.PublishAsync(input);
        using var editor = await site.NewsroomClientAsync();
        using var edited = await editor.SubmitAsync($"/newsroom/articles/{id}", new Dictionary<string, string>
        {
            ["Form.Body"] = "قُتل خمسة مدنيين في القصف، بحسب المرصد.",
            ["Form.Note"] = "تحديث الحصيلة",
            ["action"] = "save",
        });
        Assert.Equal(HttpStatusCode.SeeOther, edited.StatusCode);

        var history = await editor.GetDocumentAsync($"/newsroom/articles/{id}/history");
        Assert.Equal(["2", "1"], history.Texts(".revisions tbody th"));
        Assert.Contains("تحديث الحصيلة", history.Text(".revisions tbody tr"));
        Assert.Equal("ثلاثة", history.Text(".diff-body del"));
        Assert.Equal("خمسة", history.Text(".diff-body ins"));

        using var restored = await editor.SubmitAsync(history, new Dictionary<string, string>(), "form[action*='handler=restore']:has(input[value='1'])", pageUrl: $"/newsroom/articles/{id}/history");
        Assert.Equal(HttpStatusCode.SeeOther, restored.StatusCode);
        Assert.Equal(input.Body, await BodyAsync(id));

        var after = await editor.GetDocumentAsync($"/newsroom/articles/{id}/history");
        Assert.Equal(["3", "2", "1"], after.Texts(".revisions tbody th"));
        Assert.Contains("استعادة النسخة 1", after.Text(".revisions tbody tr"));
    }

    [Fact]
    public async Task An_unknown_revision_number_is_a_404()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("مادة بنسخة واحدة"));
        using var editor = await site.NewsroomClientAsync();
        using var response = await editor.GetAsync($"/newsroom/articles/{id}/history?from=1&to=99");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_state_and_headline_and_says_who_touched_what()
    {
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        using var saved = await writer.SubmitAsync("/newsroom/articles/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "مسودة عن مياه الفرات",
            ["Form.Section"] = "بيئة",
            ["action"] = "save",
        });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        await site.PublishAsync(SahifaFactory.Story("خبر منشور عن مياه الفرات"));

        var drafts = await writer.GetDocumentAsync("/newsroom/articles?status=draft&q=" + Uri.EscapeDataString("الفرات"));
        var rows = drafts.Texts(".articles-table tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("مسودة عن مياه الفرات", row);
        Assert.Contains("مسودة", row);
        Assert.Contains("writer-", row);

        var published = await writer.GetDocumentAsync("/newsroom/articles?status=published&q=" + Uri.EscapeDataString("الفرات"));
        Assert.Contains("خبر منشور عن مياه الفرات", Assert.Single(published.Texts(".articles-table tbody tr")));
    }
}
