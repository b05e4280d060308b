using System.Net;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;

namespace Sahifa.Web.Tests.Newsroom.Staff;

public sealed class NewTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task An_admin_adds_a_member_whose_generated_password_works_once_and_must_be_replaced()
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var email = $"reporter-{Guid.NewGuid():N}@example.org";
        using var response = await admin.SubmitAsync("/newsroom/staff/new", new Dictionary<string, string>
        {
            ["email"] = email,
            ["role"] = StaffRoles.Writer,
            ["passwordChoice"] = "generate",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = (await response.ReadDocumentAsync()).Text(".one-time-password");
        Assert.Equal(20, password.Length);

        using var reporter = site.CreateClient();
        using var signedIn = await reporter.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = password });
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        using var desk = await reporter.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.Equal("/newsroom/account", desk.Headers.Location!.ToString());
        var account = await reporter.GetDocumentAsync("/newsroom/account");
        Assert.NotNull(account.QuerySelector("#must-change"));

        using var changed = await reporter.SubmitAsync("/newsroom/account", new Dictionary<string, string>
        {
            ["current"] = password,
            ["next"] = "my own long passphrase",
            ["confirm"] = "my own long passphrase",
        }, "form#password");
        Assert.Equal(HttpStatusCode.SeeOther, changed.StatusCode);
        using var open = await reporter.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);

        var audit = await site.AuditAboutAsync(email);
        Assert.Contains(audit, e => e.Action == AuditActions.StaffCreated && e.Detail.Contains("كاتب", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_may_set_the_first_password_and_is_sent_back_to_the_team()
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        using var response = await admin.SubmitAsync("/newsroom/staff/new", new Dictionary<string, string>
        {
            ["email"] = email,
            ["role"] = StaffRoles.Editor,
            ["passwordChoice"] = "set",
            ["password"] = "a password set by the admin",
        });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/newsroom/staff", response.Headers.Location!.ToString());
        var team = await admin.GetDocumentAsync("/newsroom/staff");
        Assert.Equal("محرر", team.QuerySelector($"tr[data-email='{email}'] .member-role")!.TextContent.Trim());
        Assert.Equal("ينتظر كلمة مرور جديدة", team.QuerySelector($"tr[data-email='{email}'] .member-state")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("not-an-address", "writer", "generate", "", "email", "بريد إلكتروني")]
    [InlineData("", "writer", "generate", "", "email", "اكتب البريد")]
    [InlineData("new@example.org", "owner", "generate", "", "role", "اختر دورًا")]
    [InlineData("short@example.org", "writer", "set", "short", "password", "12 حرفًا")]
    [InlineData("empty@example.org", "writer", "set", "", "password", "اكتب كلمة مرور")]
    public async Task Bad_input_is_refused_with_422_beside_the_field_and_the_input_kept(string email, string role, string choice, string password, string field, string message)
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        using var response = await admin.SubmitAsync("/newsroom/staff/new", new Dictionary<string, string>
        {
            ["email"] = email,
            ["role"] = role,
            ["passwordChoice"] = choice,
            ["password"] = password,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.Text($"#{field}-error"), StringComparison.Ordinal);
        Assert.Equal(email, page.QuerySelector("#email")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task An_address_already_in_the_team_is_refused()
    {
        var existing = await site.StaffAsync(StaffRoles.Writer);
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        using var response = await admin.SubmitAsync("/newsroom/staff/new", new Dictionary<string, string>
        {
            ["email"] = existing,
            ["role"] = StaffRoles.Admin,
            ["passwordChoice"] = "generate",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("بالفعل", (await response.ReadDocumentAsync()).Text("#email-error"), StringComparison.Ordinal);
    }
}
