using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom;

public sealed class SignInTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task The_newsroom_sends_anonymous_visitors_to_the_sign_in_page()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/newsroom/sign-in?ReturnUrl=%2Fnewsroom", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_cookie_scoped_to_the_newsroom()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var client = site.CreateClient();
        using var response = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/newsroom", response.Headers.Location!.ToString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sahifa_staff=", StringComparison.Ordinal));
        Assert.Contains("path=/newsroom", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_answer()
    {
        var email = await site.StaffAsync();
        using var client = site.CreateClient();
        using var unknown = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = "nobody@example.org", ["password"] = "whatever whatever" });
        using var wrong = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = "wrong password here" });

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var unknownPage = await unknown.ReadDocumentAsync();
        var wrongPage = await wrong.ReadDocumentAsync();
        Assert.Equal(unknownPage.Text(".form-error"), wrongPage.Text(".form-error"));
        Assert.False(unknown.Headers.Contains("Set-Cookie") && unknown.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("sahifa_staff=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await site.StaffAsync();
        using var client = site.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = $"wrong password {i}" });
        }

        using var right = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("أُوقف الدخول", await right.Content.ReadAsStringAsync());

        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        var actions = await db.AuditEntries.Where(e => e.Subject == email).Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditActions.LockedOut, actions);
        Assert.Equal(4, actions.Count(a => a == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task Posting_the_sign_in_form_without_its_antiforgery_token_is_refused()
    {
        var email = await site.StaffAsync();
        using var client = site.CreateClient();
        using var response = await client.PostAsync("/newsroom/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Staff_pages_are_never_stored()
    {
        using var client = await site.NewsroomClientAsync();
        using var response = await client.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_return_address_never_leaves_the_newsroom()
    {
        var email = await site.StaffAsync();
        using var client = site.CreateClient();
        using var response = await client.SubmitAsync("/newsroom/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        Assert.Equal("/newsroom", response.Headers.Location!.ToString());
    }
}
