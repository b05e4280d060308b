using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom.Audit;

public sealed class IndexTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Sign_ins_and_failures_show_newest_first_with_the_sites_dates()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using (var anon = site.CreateClient())
        {
            using var failed = await anon.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = "a wrong password here" });
        }

        site.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var _ = await site.NewsroomClientAsync(email: email))
        {
        }

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var page = await admin.GetDocumentAsync($"/newsroom/audit?person={Uri.EscapeDataString(email)}");
        var rows = page.QuerySelectorAll("#audit tbody tr");
        Assert.Equal([AuditActions.SignedIn, AuditActions.SignInFailed], rows.Select(r => r.GetAttribute("data-action")!).ToArray());
        Assert.Equal("دخول", rows[0].QuerySelector(".audit-action")!.TextContent.Trim());
        Assert.Equal("محاولة دخول فاشلة", rows[1].QuerySelector(".audit-action")!.TextContent.Trim());
        Assert.Equal(email, rows[1].QuerySelector(".audit-subject")!.TextContent.Trim());
        // 1 March 2026 at 12:01 in Damascus, in the site's style: both month names.
        Assert.Contains("مارس/آذار 2026", rows[0].QuerySelector(".audit-at time")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("2026-03-01T", rows[0].QuerySelector(".audit-at time")!.GetAttribute("datetime"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_filters_by_action_and_pages_fifty_at_a_time()
    {
        var marker = $"bulk-{Guid.NewGuid():N}@example.org";
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            for (var i = 0; i < 55; i++)
            {
                db.AuditEntries.Add(new AuditEntry { At = SahifaFactory.Now.UtcDateTime.AddSeconds(i), Action = AuditActions.SettingsChanged, ActorName = marker, Subject = $"إعداد {i}" });
            }

            db.AuditEntries.Add(new AuditEntry { At = SahifaFactory.Now.UtcDateTime, Action = AuditActions.StaffLocked, ActorName = marker, Subject = "someone@example.org" });
            await db.SaveChangesAsync();
        }

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var first = await admin.GetDocumentAsync($"/newsroom/audit?action={AuditActions.SettingsChanged}&person={marker}");
        Assert.Equal(50, first.QuerySelectorAll("#audit tbody tr").Length);
        Assert.Equal("إعداد 54", first.QuerySelector("#audit tbody tr .audit-subject")!.TextContent.Trim());
        Assert.All(first.QuerySelectorAll("#audit tbody tr"), r => Assert.Equal(AuditActions.SettingsChanged, r.GetAttribute("data-action")));

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.GetDocumentAsync(next);
        Assert.Equal(["إعداد 4", "إعداد 3", "إعداد 2", "إعداد 1", "إعداد 0"], second.Texts("#audit tbody tr .audit-subject"));

        var locks = await admin.GetDocumentAsync($"/newsroom/audit?action={AuditActions.StaffLocked}&person={marker}");
        Assert.Equal(["someone@example.org"], locks.Texts("#audit tbody tr .audit-subject"));

        using var beyond = await admin.GetAsync($"/newsroom/audit?person={marker}&page=9");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Writer)]
    [InlineData(StaffRoles.Editor)]
    public async Task Only_admins_read_the_log(string role)
    {
        using var client = await site.NewsroomClientAsync(role);
        using var response = await client.GetAsync("/newsroom/audit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // Issue 20: the log was written by the newsroom's editor page after the save, so anything
    // published through the API left no trace.
    [Fact]
    public async Task Publishing_through_the_api_is_logged_with_the_token_holder_as_actor()
    {
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        var id = await ApiCreateAsync(api, "سدّ تشرين يرفع التخزين", SahifaFactory.Now.AddHours(-1));

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var rows = await ArticleRowsAsync(admin, id);
        Assert.Equal([AuditActions.ArticlePublished, AuditActions.ArticleCreated], rows.Select(r => r.Action).ToArray());
        Assert.All(rows, r => Assert.Matches("^editor-[0-9a-f]+@example.org$", r.Actor));
        Assert.All(rows, r => Assert.Equal($"مقال {id}: «سدّ تشرين يرفع التخزين»", r.Subject));
    }

    [Fact]
    public async Task Scheduling_and_unpublishing_through_the_api_are_logged()
    {
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        var scheduled = await ApiCreateAsync(api, "موسم القطن يبدأ غدًا", SahifaFactory.Now.AddDays(1));
        var withdrawn = await ApiCreateAsync(api, "خبر يُسحب عبر الواجهة", SahifaFactory.Now.AddHours(-1));
        using (var unpublish = await api.PutAsJsonAsync($"/api/v1/articles/{withdrawn}", ApiStory("خبر يُسحب عبر الواجهة", SahifaFactory.Now.AddHours(-1), "unpublished")))
        {
            Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
        }

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var schedule = await ArticleRowsAsync(admin, scheduled);
        Assert.Equal([AuditActions.ArticleScheduled, AuditActions.ArticleCreated], schedule.Select(r => r.Action).ToArray());
        Assert.StartsWith("موعد النشر: ", schedule[0].Detail, StringComparison.Ordinal);
        var unpublished = await ArticleRowsAsync(admin, withdrawn);
        Assert.Equal([AuditActions.ArticleUnpublished, AuditActions.ArticlePublished, AuditActions.ArticleCreated], unpublished.Select(r => r.Action).ToArray());
    }

    [Fact]
    public async Task The_newsroom_editors_saves_are_logged_once_each()
    {
        var email = await site.StaffAsync(StaffRoles.Editor);
        using var editor = await site.NewsroomClientAsync(email: email);
        var form = new Dictionary<string, string>
        {
            ["Form.Title"] = "جسر الميادين يُفتح للسيارات",
            ["Form.Standfirst"] = "مقدمة المادة كما كتبها المراسل.",
            ["Form.Body"] = "فقرة أولى.\n\nفقرة ثانية.",
            ["Form.Section"] = "سياسة",
            ["action"] = "publish",
        };
        using var created = await editor.SubmitAsync("/newsroom/articles/new", form);
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        using (var resaved = await editor.SubmitAsync($"/newsroom/articles/{id}", new Dictionary<string, string> { ["action"] = "save" }))
        {
            Assert.Equal(HttpStatusCode.SeeOther, resaved.StatusCode);
        }

        using (var unpublished = await editor.SubmitAsync($"/newsroom/articles/{id}", new Dictionary<string, string> { ["action"] = "unpublish" }))
        {
            Assert.Equal(HttpStatusCode.SeeOther, unpublished.StatusCode);
        }

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var rows = await ArticleRowsAsync(admin, id);
        Assert.Equal([AuditActions.ArticleUnpublished, AuditActions.ArticlePublished, AuditActions.ArticleCreated], rows.Select(r => r.Action).ToArray());
        Assert.All(rows, r => Assert.Equal(email, r.Actor));
    }

    private static object ApiStory(string title, DateTimeOffset publishedAt, string status = "published") => new
    {
        title,
        standfirst = "مقدمة المادة في جملة واحدة.",
        body = "فقرة أولى.\n\nفقرة ثانية.",
        section = "اقتصاد",
        status,
        publishedAt,
    };

    private static async Task<int> ApiCreateAsync(HttpClient api, string title, DateTimeOffset publishedAt)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/articles", ApiStory(title, publishedAt));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<List<(string Action, string Actor, string Subject, string Detail)>> ArticleRowsAsync(HttpClient admin, int id)
    {
        var page = await admin.GetDocumentAsync($"/newsroom/audit?person={Uri.EscapeDataString($"مقال {id}:")}");
        return page.QuerySelectorAll("#audit tbody tr")
            .Select(r => (r.GetAttribute("data-action")!, Cell(r, ".audit-actor"), Cell(r, ".audit-subject"), Cell(r, ".audit-detail")))
            .ToList();
    }

    private static string Cell(AngleSharp.Dom.IElement row, string selector) => row.QuerySelector(selector)!.TextContent.Trim();
}
