using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Tests.Search;

namespace Sahifa.Web.Tests.Newsroom.SearchTerms;

/// `/newsroom/search-terms`: the names an editor tells search to count as one.
public sealed class IndexTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    private const string Route = "/newsroom/search-terms";

    private async Task<List<string>> SavedLinesAsync()
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SahifaDb>().EquivalentGroups.OrderBy(g => g.Position).Select(g => g.Names).ToListAsync();
    }

    [Fact]
    public async Task A_new_site_starts_with_the_regions_list_and_a_reader_finds_the_sdf_by_its_arabic_name()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var page = await editor.GetDocumentAsync(Route);
        var text = page.QuerySelector("#lines")!.TextContent;
        Assert.Contains("قوات سوريا الديمقراطية = قسد = SDF", text, StringComparison.Ordinal);
        Assert.Contains("عين العرب = كوباني = Kobani", text, StringComparison.Ordinal);
        Assert.Contains("حتى 12 اسمًا في السطر و500 سطر", page.Text("#lines-hint"), StringComparison.Ordinal);

        var id = await site.PublishAsync(SearchFixture.Story("قسد تعلن حظر تجوال في الشدادي", "أعلنت قسد حظر تجوال لمدة يومين في بلدة الشدادي."));
        using var reader = site.CreateClient();
        await reader.IndexedAsync("SDF الشدادي", id);
    }

    [Fact]
    public async Task A_group_an_editor_adds_finds_stories_at_once_and_is_in_the_audit_log()
    {
        var id = await site.PublishAsync(SearchFixture.Story("افتتاح فرن آلي في ديرحافر", "افتتح المجلس المحلي فرنًا آليًا جديدًا في ديرحافر يخدم عشرة آلاف نسمة."));
        using var reader = site.CreateClient();
        await reader.IndexedAsync("ديرحافر", id);
        Assert.DoesNotContain(id, await reader.FoundAsync("Deir Hafer", wait: TimeSpan.Zero));

        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var current = string.Join('\n', await SavedLinesAsync());
        using var saved = await editor.SubmitAsync(Route, new Dictionary<string, string> { ["Lines"] = current + "\n\nديرحافر = دير حافر = Deir Hafer\n" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(Route, saved.Headers.Location!.ToString());

        // The public search answer was cached before the save; the save must not leave it standing.
        Assert.Contains(id, await reader.FoundAsync("Deir Hafer", wait: TimeSpan.Zero));
        Assert.Contains(id, await reader.FoundAsync("دير حافر", wait: TimeSpan.Zero));

        var page = await editor.GetDocumentAsync(Route);
        Assert.StartsWith("حُفظت المرادفات", page.Text(".notice"), StringComparison.Ordinal);
        Assert.EndsWith("ديرحافر = دير حافر = Deir Hafer", page.QuerySelector("#lines")!.TextContent.TrimEnd(), StringComparison.Ordinal);

        var audit = await site.AuditAboutAsync("مرادفات البحث");
        Assert.Contains(audit, e => e.Action == AuditActions.EquivalentsChanged && e.Detail == "أُضيف: «ديرحافر = دير حافر = Deir Hafer»");
    }

    [Fact]
    public async Task A_line_with_one_name_is_refused_with_422_naming_the_line_and_nothing_is_saved()
    {
        var before = await SavedLinesAsync();
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        using var response = await editor.SubmitAsync(Route, new Dictionary<string, string>
        {
            ["Lines"] = "الطبقة = Tabqa\nمنبج\nالرقة = Raqqa",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(["السطر 2: اكتب اسمين على الأقل بينهما «=»."], page.Texts(".form-error li"));
        // What the editor typed is kept, to be corrected rather than typed again.
        Assert.Equal("الطبقة = Tabqa\nمنبج\nالرقة = Raqqa", page.QuerySelector("#lines")!.TextContent.Trim());
        Assert.Equal(before, await SavedLinesAsync());
    }

    [Fact]
    public async Task Writers_cannot_change_what_search_counts_as_one()
    {
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync(Route)).StatusCode);
        var before = await SavedLinesAsync();
        using var post = await writer.PostAsync(Route, new FormUrlEncodedContent([new("Lines", "")]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await SavedLinesAsync());
    }
}
