using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom;

/// `/newsroom/sign-in`. An unknown e-mail and a wrong password get the same answer, so the page
/// cannot be used to find out who works here; repeated failures lock the account for a while.
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditTrail audit) : PageModel
{
    public const string Failed = "البريد الإلكتروني أو كلمة المرور غير صحيحة.";
    public const string Locked = "أُوقف الدخول إلى هذا الحساب مؤقتًا بعد محاولات فاشلة متكررة. حاول بعد ربع ساعة.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Email { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, CancellationToken ct)
    {
        Email = email?.Trim();
        var user = Email is { Length: > 0 } ? await users.FindByEmailAsync(Email) : null;
        if (user is null || string.IsNullOrEmpty(password))
        {
            // Spend the time a real check takes, so an unknown address is not faster to refuse.
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), DummyHash, password ?? "");
            await audit.RecordAsync(AuditActions.SignInFailed, Email ?? "", "حساب غير معروف", actorName: Email ?? "", ct: ct);
            return Refuse(Failed);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return new SeeOtherResult(Url.Page("/Newsroom/Account/SignInTwoFactor", new { returnUrl = SafeReturnUrl() })!);
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignedIn, user.Email!, actorName: user.Email, ct: ct);
            return new SeeOtherResult(SafeReturnUrl());
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LockedOut, user.Email!, actorName: user.Email, ct: ct);
            return Refuse(Locked);
        }

        await audit.RecordAsync(AuditActions.SignInFailed, user.Email!, "كلمة مرور خاطئة", actorName: user.Email, ct: ct);
        return Refuse(Failed);
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    // Only back into the newsroom: a sign-in link must not bounce the reporter to another site.
    private string SafeReturnUrl() =>
        ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) && url.StartsWith(AccountsModule.NewsroomPath, StringComparison.Ordinal)
            ? url
            : AccountsModule.NewsroomPath;

    private static readonly string DummyHash = new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), "not a real password at all");
}
