using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Account;

/// `/newsroom/account`: one's own account. Changing the password and "sign out everywhere" both
/// change the security stamp, which every request checks, so a session on a lost laptop or a
/// stolen cookie ends at its next click; this browser gets a fresh cookie and carries on.
public sealed class IndexModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    AuditTrail audit,
    IOptionsSnapshot<AccountOptions> accounts) : PageModel
{
    public string Email { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool TwoFactorEnabled { get; private set; }

    public bool TwoFactorRequired => accounts.Value.RequireTwoFactor;

    public bool MustChangePassword { get; private set; }

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

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? next, string? confirm, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        foreach (var (field, message) in Validate(current, next, confirm))
        {
            Errors[field] = message;
        }

        // Counted towards lockout, like the sign-in form: a session left open is not a free
        // password-guessing machine.
        if (Errors.Count == 0 && !(await signIn.CheckPasswordSignInAsync(user, current!, lockoutOnFailure: true)).Succeeded)
        {
            Errors["current"] = "كلمة المرور الحالية غير صحيحة.";
        }

        if (Errors.Count == 0)
        {
            var changed = await users.ChangePasswordAsync(user, current!, next!);
            foreach (var error in changed.Errors)
            {
                Errors["next"] = Errors.TryGetValue("next", out var earlier) ? $"{earlier} {error.Description}" : error.Description;
            }
        }

        if (Errors.Count > 0)
        {
            await ShowAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        await audit.RecordAsync(AuditActions.PasswordChanged, user.Email!, ct: ct);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "غُيّرت كلمة المرور، وانتهت جلساتك على الأجهزة الأخرى.";
        return new SeeOtherResult(Url.Page("/Newsroom/Account/Index")!);
    }

    /// The language the newsroom speaks to this member, on this device.
    public async Task<IActionResult> OnPostLanguageAsync(string? language)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (language is null || !Editions.Edition.Known.Contains(language))
        {
            Errors["language"] = "اختر إحدى لغات الواجهة الأربع.";
            await ShowAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Editions.StaffLanguage.Choose(HttpContext, language);
        return new SeeOtherResult(Url.Page("/Newsroom/Account/Index")!);
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.SignedOutEverywhere, user.Email!, ct: ct);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = "انتهت جلساتك على كل الأجهزة الأخرى. هذه الجلسة وحدها باقية.";
        return new SeeOtherResult(Url.Page("/Newsroom/Account/Index")!);
    }

    /// The rules Identity does not know: all three fields, the two new ones equal, and a new
    /// password that is new. Length and the rest are Identity's (AccountsModule), in Arabic.
    public static Dictionary<string, string> Validate(string? current, string? next, string? confirm)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(current))
        {
            errors["current"] = "اكتب كلمة المرور الحالية.";
        }

        if (string.IsNullOrEmpty(next))
        {
            errors["next"] = "اكتب كلمة المرور الجديدة.";
        }
        else if (next != confirm)
        {
            errors["confirm"] = "كلمتا المرور الجديدتان مختلفتان.";
        }
        else if (next == current)
        {
            errors["next"] = "كلمة المرور الجديدة هي الحالية نفسها.";
        }

        return errors;
    }

    private async Task ShowAsync(StaffUser user)
    {
        Email = user.Email ?? "";
        Roles = [.. await users.GetRolesAsync(user)];
        TwoFactorEnabled = user.TwoFactorEnabled;
        MustChangePassword = user.MustChangePassword;
    }
}
