using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Account;

/// `/newsroom/account/two-factor`: enrol an authenticator app, see how many recovery codes are
/// left, make new ones, or turn two-factor off. Turning it off and new codes ask for the password
/// again: a session left open on a shared desk must not be enough to weaken the account.
public sealed class TwoFactorModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    AuditTrail audit,
    IOptionsSnapshot<SiteOptions> site,
    IOptionsSnapshot<AccountOptions> accounts) : PageModel
{
    public const string WrongCode = "الرمز غير صحيح أو انتهت صلاحيته. اكتب الرمز الظاهر الآن في التطبيق.";
    public const string WrongPassword = "كلمة المرور غير صحيحة.";

    public bool Enabled { get; private set; }

    public bool Required => accounts.Value.RequireTwoFactor;

    public int RecoveryCodesLeft { get; private set; }

    public string? SharedKey { get; private set; }

    public IHtmlContent? QrCode { get; private set; }

    /// Set only on the answer that created them: they are never shown again.
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return new SeeOtherResult(Url.Page("/Newsroom/Account/TwoFactor")!);
        }

        var token = Authenticator.AuthenticatorCode(code);
        if (token is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token))
        {
            Errors["code"] = WrongCode;
            await ShowAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount);
        await audit.RecordAsync(AuditActions.TwoFactorEnabled, user.Email!, ct: ct);
        // Enabling changed the security stamp; without a fresh cookie this very session would end.
        await signIn.RefreshSignInAsync(user);
        return ShowCodes(user, codes);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(string? password, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return new SeeOtherResult(Url.Page("/Newsroom/Account/TwoFactor")!);
        }

        if (!await PasswordIsRightAsync(user, password))
        {
            Errors["codes-password"] = WrongPassword;
            await ShowAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount);
        await audit.RecordAsync(AuditActions.RecoveryCodesRenewed, user.Email!, ct: ct);
        return ShowCodes(user, codes);
    }

    public async Task<IActionResult> OnPostDisableAsync(string? password, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return new SeeOtherResult(Url.Page("/Newsroom/Account/TwoFactor")!);
        }

        if (!await PasswordIsRightAsync(user, password))
        {
            Errors["disable-password"] = WrongPassword;
            await ShowAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so the app on the old phone (perhaps the lost one) can never sign in again,
        // and the old recovery codes go with it.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await audit.RecordAsync(AuditActions.TwoFactorDisabled, user.Email!, ct: ct);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "عُطّل التحقق بخطوتين.";
        return new SeeOtherResult(Url.Page("/Newsroom/Account/TwoFactor")!);
    }

    // Counts towards lockout like the sign-in form, so this form cannot be used to guess.
    private async Task<bool> PasswordIsRightAsync(StaffUser user, string? password) =>
        password is { Length: > 0 } && (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded;

    private PageResult ShowCodes(StaffUser user, IEnumerable<string>? codes)
    {
        Enabled = true;
        RecoveryCodes = codes?.ToList() ?? [];
        RecoveryCodesLeft = RecoveryCodes.Count;
        return Page();
    }

    private async Task ShowAsync(StaffUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = Authenticator.FormatKey(key!);
        QrCode = Authenticator.QrCode(Authenticator.Uri(site.Value.Name, user.Email!, key!), "رمز QR لإضافة الحساب إلى تطبيق المصادقة");
    }
}
