using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Shared;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Sahifa.Web.Newsroom.Account;

/// `/newsroom/sign-in/two-factor`: the second step after a right password, for accounts with an
/// authenticator app. One field takes either the app's code or a recovery code. Wrong codes count
/// towards the same lockout as wrong passwords, so six digits cannot be guessed in bulk.
public sealed class SignInTwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditTrail audit) : PageModel
{
    public const string WrongCode = "الرمز غير صحيح. اكتب الرمز الظاهر الآن في التطبيق، أو أحد رموز الاسترداد.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? BackToPassword() : Page();

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        // Only the short-lived cookie the password step set says who is signing in.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return new SeeOtherResult(Url.Page("/Newsroom/SignIn", new { returnUrl = SafeReturnUrl() })!);
        }

        var email = user.Email ?? "";
        var authenticatorCode = Authenticator.AuthenticatorCode(code);
        SignInResult result;
        string how;
        if (authenticatorCode is not null)
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(authenticatorCode, isPersistent: false, rememberClient: false);
            how = "برمز التطبيق";
        }
        else
        {
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(Authenticator.RecoveryCode(code));
            how = "برمز استرداد";
            if (!result.Succeeded && !result.IsLockedOut)
            {
                // Identity does not count a wrong recovery code as a failed attempt; without this,
                // recovery codes could be guessed without ever meeting the lockout.
                await users.AccessFailedAsync(user);
                if (await users.IsLockedOutAsync(user))
                {
                    result = SignInResult.LockedOut;
                }
            }
        }

        if (result.Succeeded)
        {
            var left = authenticatorCode is null ? $"، بقي {await users.CountRecoveryCodesAsync(user)} من رموز الاسترداد" : "";
            await audit.RecordAsync(AuditActions.SignedIn, email, how + left, actorName: email, ct: ct);
            return new SeeOtherResult(SafeReturnUrl());
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LockedOut, email, "بعد رموز تحقق خاطئة", actorName: email, ct: ct);
            Error = SignInModel.Locked;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await audit.RecordAsync(AuditActions.SignInFailed, email, "رمز تحقق خاطئ " + how, actorName: email, ct: ct);
        Error = WrongCode;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private RedirectToPageResult BackToPassword() =>
        RedirectToPage("/Newsroom/SignIn", new { returnUrl = SafeReturnUrl() });

    // As on the password step: only ever back into the newsroom.
    private string SafeReturnUrl() =>
        ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) && url.StartsWith(AccountsModule.NewsroomPath, StringComparison.Ordinal)
            ? url
            : AccountsModule.NewsroomPath;
}
