using System.Net;
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
}
