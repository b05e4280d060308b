using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom.Account;

public sealed class TwoFactorTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task The_enrolment_page_draws_its_qr_code_inline_and_loads_nothing_from_elsewhere()
    {
        using var client = await site.NewsroomClientAsync(StaffRoles.Writer);
        using var response = await client.GetAsync("/newsroom/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();

        var svg = page.QuerySelector("figure.qr svg");
        Assert.NotNull(svg);
        Assert.NotNull(svg.QuerySelector("path[d^='M']"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Empty(page.QuerySelectorAll("script, img[src^='http'], [style]"));
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", page.Text(".shared-key"));
        Assert.DoesNotContain("'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrolling_shows_ten_recovery_codes_once_and_the_next_sign_in_asks_for_a_code()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var client = await site.NewsroomClientAsync(email: email);
        var (app, codes) = await AuthenticatorApp.EnrolAsync(client);

        Assert.Equal(10, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", c));
        Assert.Equal(10, codes.Distinct().Count());

        // The same session carries on (enabling changed the security stamp), and the codes are gone.
        var after = await client.GetDocumentAsync("/newsroom/account/two-factor");
        Assert.Empty(after.QuerySelectorAll(".codes"));
        Assert.Contains("مفعّل", after.Text("main"), StringComparison.Ordinal);

        using var other = site.CreateClient();
        using var password = await other.SubmitAsync("/newsroom/sign-in?returnUrl=%2Fnewsroom%2Faccount", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        Assert.Equal(HttpStatusCode.SeeOther, password.StatusCode);
        var step = password.Headers.Location!.ToString();
        Assert.Equal("/newsroom/sign-in/two-factor?returnUrl=%2Fnewsroom%2Faccount", step);

        // A right password alone does not open the newsroom.
        using var tooEarly = await other.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, tooEarly.StatusCode);
        Assert.Contains("/newsroom/sign-in", tooEarly.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var signedIn = await other.SubmitAsync(step, new Dictionary<string, string> { ["code"] = app.Code(stepsAhead: 1) });
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/newsroom/account", signedIn.Headers.Location!.ToString());
        using var desk = await other.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);

        Assert.Contains(await AuditAsync(email), e => e.Action == AuditActions.TwoFactorEnabled && e.ActorName == email);
        Assert.Contains(await AuditAsync(email), e => e.Action == AuditActions.SignedIn && e.Detail.Contains("برمز التطبيق", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_code_during_enrolment_keeps_two_factor_off_and_says_why()
    {
        using var client = await site.NewsroomClientAsync(StaffRoles.Writer);
        using var response = await client.SubmitAsync("/newsroom/account/two-factor", new Dictionary<string, string> { ["code"] = "000000" }, "form#enable");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(Web.Newsroom.Account.TwoFactorModel.WrongCode, page.Text("#code-error"));
        Assert.NotNull(page.QuerySelector("figure.qr svg"));
    }

    [Fact]
    public async Task An_authenticator_code_typed_in_eastern_arabic_digits_with_a_space_is_accepted()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var client = await site.NewsroomClientAsync(email: email);
        var page = await client.GetDocumentAsync("/newsroom/account/two-factor");
        var app = new AuthenticatorApp(page.Text(".shared-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var code = Sahifa.Arabic.ArabicDigits.ToEastern(app.Code());
        using var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["code"] = code[..3] + " " + code[3..] }, "form#enable", pageUrl: "/newsroom/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, (await response.ReadDocumentAsync()).Texts(".codes code").Count);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var email = await site.StaffAsync(StaffRoles.Editor);
        IReadOnlyList<string> codes;
        using (var client = await site.NewsroomClientAsync(email: email))
        {
            (_, codes) = await AuthenticatorApp.EnrolAsync(client);
        }

        using var first = await SignInWithAsync(email, codes[0].ToLowerInvariant().Replace("-", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal("/newsroom", first.Headers.Location!.ToString());

        using var again = await SignInWithAsync(email, codes[0]);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(Web.Newsroom.Account.SignInTwoFactorModel.WrongCode, (await again.ReadDocumentAsync()).Text(".form-error"));

        var audit = await AuditAsync(email);
        Assert.Contains(audit, e => e.Action == AuditActions.SignedIn && e.Detail.Contains("برمز استرداد", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditActions.SignInFailed && e.Detail.Contains("رمز تحقق خاطئ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_authenticator_code_that_let_someone_in_is_refused_the_second_time()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        AuthenticatorApp app;
        using (var client = await site.NewsroomClientAsync(email: email))
        {
            (app, _) = await AuthenticatorApp.EnrolAsync(client);
        }

        var code = app.Code(stepsAhead: 1);
        using var first = await SignInWithAsync(email, code);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        using var replay = await SignInWithAsync(email, code);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_lockout_and_then_even_the_right_code_is_refused()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        AuthenticatorApp app;
        using (var client = await site.NewsroomClientAsync(email: email))
        {
            (app, _) = await AuthenticatorApp.EnrolAsync(client);
        }

        using var other = site.CreateClient();
        using var password = await other.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        var step = password.Headers.Location!.ToString();
        string[] wrong = ["111111", "ABCDE-FGHIJ", "222222", "333333", "444444"];
        var errors = new List<string>();
        foreach (var code in wrong)
        {
            using var refused = await other.SubmitAsync(step, new Dictionary<string, string> { ["code"] = code });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            errors.Add((await refused.ReadDocumentAsync()).Text(".form-error"));
        }

        // A wrong recovery code counts once, like a wrong app code: the fifth failure locks, not the fourth.
        Assert.Equal(Web.Newsroom.Account.SignInTwoFactorModel.WrongCode, errors[3]);
        Assert.Contains("أُوقف الدخول", errors[4], StringComparison.Ordinal);

        using var right = await other.SubmitAsync(step, new Dictionary<string, string> { ["code"] = app.Code(stepsAhead: 1) });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains(await AuditAsync(email), e => e.Action == AuditActions.LockedOut);
    }

    [Fact]
    public async Task The_code_step_without_a_right_password_first_goes_back_to_the_password()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/newsroom/sign-in/two-factor?returnUrl=%2Fnewsroom%2Fstaff");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/sign-in?returnUrl=%2Fnewsroom%2Fstaff", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task New_recovery_codes_and_turning_off_need_the_password_and_the_old_key_stops_working()
    {
        var email = await site.StaffAsync(StaffRoles.Writer);
        using var client = await site.NewsroomClientAsync(email: email);
        var (app, oldCodes) = await AuthenticatorApp.EnrolAsync(client);

        using var wrongPassword = await client.SubmitAsync("/newsroom/account/two-factor", new Dictionary<string, string> { ["password"] = "not my password" }, "form#recovery-codes");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPassword.StatusCode);
        Assert.Equal(Web.Newsroom.Account.TwoFactorModel.WrongPassword, (await wrongPassword.ReadDocumentAsync()).Text("#codes-password-error"));

        using var renewed = await client.SubmitAsync("/newsroom/account/two-factor", new Dictionary<string, string> { ["password"] = SahifaFactory.StaffPassword }, "form#recovery-codes");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var newCodes = (await renewed.ReadDocumentAsync()).Texts(".codes code");
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));

        using var disabled = await client.SubmitAsync("/newsroom/account/two-factor", new Dictionary<string, string> { ["password"] = SahifaFactory.StaffPassword }, "form#disable");
        Assert.Equal(HttpStatusCode.SeeOther, disabled.StatusCode);
        var page = await client.GetDocumentAsync("/newsroom/account/two-factor");
        Assert.Equal("عُطّل التحقق بخطوتين.", page.Text(".notice"));
        Assert.NotEqual(app.Key, page.Text(".shared-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());

        // Signing in needs the password only again.
        using var fresh = await site.NewsroomClientAsync(email: email);
        var audit = await AuditAsync(email);
        Assert.Contains(audit, e => e.Action == AuditActions.RecoveryCodesRenewed);
        Assert.Contains(audit, e => e.Action == AuditActions.TwoFactorDisabled);
    }

    private async Task<HttpResponseMessage> SignInWithAsync(string email, string code)
    {
        var client = site.CreateClient();
        using var password = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string> { ["email"] = email, ["password"] = SahifaFactory.StaffPassword });
        Assert.Equal(HttpStatusCode.SeeOther, password.StatusCode);
        return await client.SubmitAsync(password.Headers.Location!.ToString(), new Dictionary<string, string> { ["code"] = code });
    }

    private async Task<List<AuditEntry>> AuditAsync(string email)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        return await db.AuditEntries.Where(e => e.Subject == email).ToListAsync();
    }
}
