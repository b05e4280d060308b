using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Settings;

namespace Sahifa.Web.Tests.Newsroom.Settings;

public sealed class IndexTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task A_new_site_name_and_eastern_digits_reach_the_public_pages_at_once()
    {
        await site.PublishAsync(SahifaFactory.Story("افتتاح جسر الرقة بعد ترميمه"));
        using var reader = site.CreateClient();
        var before = await reader.GetDocumentAsync("/");
        Assert.Matches("2026", before.Text(".card-date time"));

        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        using var saved = await admin.SubmitAsync("/newsroom/settings", new Dictionary<string, string>
        {
            ["siteName"] = "الخابور اليوم",
            ["digits"] = "Eastern",
        });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);

        var after = await reader.GetDocumentAsync("/");
        Assert.Equal("الخابور اليوم", after.Text(".site-name"));
        Assert.Contains("الخابور اليوم", after.Title, StringComparison.Ordinal);
        Assert.Contains("٢٠٢٦", after.Text(".card-date time"), StringComparison.Ordinal);
        Assert.DoesNotContain("2026", after.Text(".card-date time"), StringComparison.Ordinal);

        var page = await admin.GetDocumentAsync("/newsroom/settings");
        Assert.Equal("حُفظت الإعدادات، وتظهر على الموقع الآن.", page.Text(".notice"));
        Assert.Equal("الخابور اليوم", page.QuerySelector("#siteName")!.GetAttribute("value"));

        var audit = await site.AuditAboutAsync("اسم الموقع");
        Assert.Contains(audit, e => e.Action == AuditActions.SettingsChanged && e.Detail.EndsWith("إلى «الخابور اليوم»", StringComparison.Ordinal));
        Assert.Contains(await site.AuditAboutAsync("الأرقام"), e => e.Detail == "من «غربية (21)» إلى «مشرقية (٢١)»");

        // Put the house style back for the other tests sharing this site.
        using var _ = await admin.SubmitAsync("/newsroom/settings", new Dictionary<string, string> { ["digits"] = "Western" });
    }

    [Fact]
    public async Task Only_changed_settings_are_written_so_the_rest_keep_following_appsettings()
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        using var unchanged = await admin.SubmitAsync("/newsroom/settings", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, unchanged.StatusCode);

        using var saved = await admin.SubmitAsync("/newsroom/settings", new Dictionary<string, string> { ["closeCommentsAfterDays"] = "٣٠" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);

        using var scope = site.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<SahifaDb>().SiteSettings.Select(s => s.Key).ToListAsync();
        Assert.Contains(SettingsCatalogue.CloseCommentsAfterDays, keys);
        Assert.DoesNotContain(SettingsCatalogue.TimeZone, keys);
        Assert.Equal(30, scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CommentOptions>>().CurrentValue.CloseAfterDays);
    }

    [Fact]
    public async Task Bad_values_are_refused_with_422_beside_their_fields_and_nothing_changes()
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        using var response = await admin.SubmitAsync("/newsroom/settings", new Dictionary<string, string>
        {
            ["siteName"] = "   ",
            ["timeZone"] = "Mars/Olympus_Mons",
            ["monthStyle"] = "Klingon",
            ["closeCommentsAfterDays"] = "أسبوع",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("اسم الموقع", page.Text("#siteName-error"), StringComparison.Ordinal);
        Assert.Contains("منطقة زمنية", page.Text("#timeZone-error"), StringComparison.Ordinal);
        Assert.Contains("أسماء الأشهر", page.Text("#monthStyle-error"), StringComparison.Ordinal);
        Assert.Contains("عدد أيام", page.Text("#closeCommentsAfterDays-error"), StringComparison.Ordinal);
        Assert.Equal("أسبوع", page.QuerySelector("#closeCommentsAfterDays")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#timeZone")!.GetAttribute("aria-invalid"));
        Assert.Empty(await site.AuditAboutAsync("المنطقة الزمنية"));
    }

    [Theory]
    [InlineData(StaffRoles.Writer)]
    [InlineData(StaffRoles.Editor)]
    public async Task Writers_and_editors_may_not_read_or_change_settings(string role)
    {
        using var client = await site.NewsroomClientAsync(role);
        using var get = await client.GetAsync("/newsroom/settings");
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);

        var token = (await client.GetDocumentAsync("/newsroom/account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await client.PostAsync("/newsroom/settings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["siteName"] = "مخترق",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Requiring_two_factor_sends_members_without_it_to_enrolment_until_it_is_lifted()
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        _ = await AuthenticatorApp.EnrolAsync(admin);
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);

        using (var on = await admin.SubmitAsync("/newsroom/settings", new Dictionary<string, string> { ["requireTwoFactor"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.SeeOther, on.StatusCode);
        }

        using (var blocked = await writer.GetAsync("/newsroom"))
        {
            Assert.Equal("/newsroom/account/two-factor", blocked.Headers.Location!.ToString());
        }

        using (var adminStill = await admin.GetAsync("/newsroom/settings"))
        {
            Assert.Equal(HttpStatusCode.OK, adminStill.StatusCode);
        }

        var page = await admin.GetDocumentAsync("/newsroom/settings");
        var fields = Forms.Fields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!).Where(f => f.Key != "requireTwoFactor");
        using (var off = await admin.PostAsync("/newsroom/settings", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.SeeOther, off.StatusCode);
        }

        using var free = await writer.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
        var audit = await site.AuditAboutAsync("التحقق بخطوتين إلزامي");
        Assert.Equal(["من «معطّل» إلى «مفعّل»", "من «مفعّل» إلى «معطّل»"], audit.Select(e => e.Detail).ToArray());
    }
}
