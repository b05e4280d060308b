using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom;

/// Signing out is a POST with an antiforgery token: a link on another site cannot sign staff out.
public sealed class SignOutModel(SignInManager<StaffUser> signIn, AuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.RecordAsync(AuditActions.SignedOut, User.Identity?.Name ?? "", ct: ct);
        await signIn.SignOutAsync();
        return new SeeOtherResult(Url.Page("/Newsroom/SignIn")!);
    }
}
