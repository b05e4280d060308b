using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom.Account;

public sealed class IndexTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Theory]
    [InlineData(StaffRoles.Writer, "كاتب")]
    [InlineData(StaffRoles.Editor, "محرر")]
    [InlineData(StaffRoles.Admin, "مدير")]
    public async Task Every_role_sees_its_own_account(string role, string label)
    {
        var email = await site.StaffAsync(role);
        using var client = await site.NewsroomClientAsync(email: email);
        var page = await client.GetDocumentAsync("/newsroom/account");
        Assert.Equal(email, page.Text(".account-facts dd[dir=ltr]"));
        Assert.Contains(label, page.Texts(".account-facts dd"));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var here = await site.NewsroomClientAsync(email: email);
        using var elsewhere = await site.NewsroomClientAsync(email: email);
        const string NewPassword = "سبع كلمات عربية تكفي كلمة مرور";

        using var changed = await here.SubmitAsync("/newsroom/account", new Dictionary<string, string>
        {
            ["current"] = SahifaFactory.StaffPassword,
            ["next"] = NewPassword,
            ["confirm"] = NewPassword,
        }, "form#password");

        Assert.Equal(HttpStatusCode.SeeOther, changed.StatusCode);
        var page = await here.GetDocumentAsync("/newsroom/account");
        Assert.Contains("غُيّرت كلمة المرور", page.Text(".notice"), StringComparison.Ordinal);
        TimePasses();
        using var ended = await elsewhere.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/newsroom/sign-in", ended.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var old = site.CreateClient();
        using var refused = await old.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var accepted = await old.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = NewPassword });
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Contains(await AuditAsync(email), e => e.Action == AuditActions.PasswordChanged);
    }

    [Theory]
    [InlineData("correct horse battery", "short", "short", "next", "12 حرفًا على الأقل")]
    [InlineData("correct horse battery", "a long new passphrase", "a different passphrase", "confirm", "مختلفتان")]
    [InlineData("not the password at all", "a long new passphrase", "a long new passphrase", "current", "غير صحيحة")]
    [InlineData("correct horse battery", "correct horse battery", "correct horse battery", "next", "الحالية نفسها")]
    [InlineData("", "a long new passphrase", "a long new passphrase", "current", "اكتب كلمة المرور الحالية")]
    public async Task A_bad_password_change_is_refused_in_arabic_beside_the_field(string current, string next, string confirm, string field, string message)
    {
        var email = await site.StaffAsync(StaffRoles.Editor);
        using var client = await site.NewsroomClientAsync(email: email);
        using var response = await client.SubmitAsync("/newsroom/account", new Dictionary<string, string>
        {
            ["current"] = current,
            ["next"] = next,
            ["confirm"] = confirm,
        }, "form#password");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.Text($"#{field}-error"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.DoesNotContain(await AuditAsync(email), e => e.Action == AuditActions.PasswordChanged);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_other_session_at_once_and_keeps_this_one()
    {
        var email = await site.StaffAsync(StaffRoles.Admin);
        using var here = await site.NewsroomClientAsync(email: email);
        using var laptop = await site.NewsroomClientAsync(email: email);
        using var phone = await site.NewsroomClientAsync(email: email);
        using (var before = await laptop.GetAsync("/newsroom"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var response = await here.SubmitAsync("/newsroom/account", new Dictionary<string, string>(), "form#sign-out-everywhere");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);

        TimePasses();
        foreach (var other in new[] { laptop, phone })
        {
            using var ended = await other.GetAsync("/newsroom");
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        using var still = await here.GetAsync("/newsroom/account");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.Contains(await AuditAsync(email), e => e.Action == AuditActions.SignedOutEverywhere && e.ActorName == email);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/newsroom/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/newsroom/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    // The stamp is checked on every request that comes any time after the cookie was issued; the
    // test clock stands still, so let a moment pass as it does between two clicks.
    private void TimePasses() => site.Clock.Advance(TimeSpan.FromSeconds(1));

    private async Task<List<AuditEntry>> AuditAsync(string email)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        return await db.AuditEntries.Where(e => e.Subject == email).ToListAsync();
    }
}
