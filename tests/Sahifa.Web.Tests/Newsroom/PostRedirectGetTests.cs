using System.Net;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Tests.Newsroom;

/// Every newsroom form that succeeds answers 303 See Other to a page (Post/Redirect/Get,
/// STYLE.md 6), so reloading the page that follows never posts the form again.
public sealed class PostRedirectGetTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Staff_settings_account_editor_and_sign_in_forms_answer_303()
    {
        using var admin = await site.NewsroomClientAsync(StaffRoles.Admin);
        var email = await site.StaffAsync(StaffRoles.Writer);
        var id = await site.IdOfAsync(email);

        await SeeOtherAsync(admin, $"/newsroom/staff/{id}", new() { ["role"] = StaffRoles.Editor }, "form#role-form", $"/newsroom/staff/{id}");
        await SeeOtherAsync(admin, "/newsroom/staff/new", new()
        {
            ["email"] = $"new-{Guid.NewGuid():N}@example.org",
            ["role"] = StaffRoles.Writer,
            ["passwordChoice"] = "set",
            ["password"] = SahifaFactory.StaffPassword,
        }, "main form", "/newsroom/staff");
        await SeeOtherAsync(admin, "/newsroom/settings", new() { ["siteName"] = "صحيفة" }, "main form", "/newsroom/settings");
        await SeeOtherAsync(admin, "/newsroom/account", new(), "form#sign-out-everywhere", "/newsroom/account");

        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        using var saved = await editor.SubmitAsync("/newsroom/articles/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "افتتاح مدرسة في الطبقة",
            ["Form.Section"] = "مجتمع",
            ["action"] = "save",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.SeeOther, $"editor: {(int)saved.StatusCode}");
        Assert.Matches("^/newsroom/articles/[0-9]+$", saved.Headers.Location!.OriginalString);

        using var reader = site.CreateClient();
        await SeeOtherAsync(reader, "/newsroom/sign-in", new() { ["email"] = email, ["password"] = SahifaFactory.StaffPassword }, "main form", "/newsroom");
    }

    private static async Task SeeOtherAsync(HttpClient client, string page, Dictionary<string, string> values, string form, string location)
    {
        using var response = await client.SubmitAsync(page, values, form);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"{page} {form}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }
}
