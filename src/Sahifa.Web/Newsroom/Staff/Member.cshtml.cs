using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Staff;

/// `/newsroom/staff/{id}`: one member's role, lock, password, two-factor, and deletion. Each is
/// its own small form, so an admin never changes more than they meant to.
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class MemberModel(SahifaDb db, UserManager<StaffUser> users, ManageStaffMember manage, TimeProvider clock) : PageModel
{
    public StaffMember Member { get; private set; } = null!;

    public bool IsYou { get; private set; }

    public string? Error { get; private set; }

    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRoleAsync(string id, string? role, CancellationToken ct) =>
        ActAsync(id, async member => role is not null && StaffRoles.All.Contains(role)
            ? await manage.ChangeRoleAsync(member, role, ct)
            : "اختر دورًا: كاتب أو محرر أو مدير.", $"صار الدور: {StaffRoles.Label(role ?? "")}.", ct);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) =>
        ActAsync(id, member => manage.LockAsync(member, You, ct), "أُوقف الحساب وانتهت جلساته.", ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        ActAsync(id, async member =>
        {
            await manage.UnlockAsync(member, ct);
            return null;
        }, "أُعيد تفعيل الحساب.", ct);

    public Task<IActionResult> OnPostTwoFactorAsync(string id, CancellationToken ct) =>
        ActAsync(id, async member =>
        {
            await manage.ResetTwoFactorAsync(member, ct);
            return null;
        }, "أُلغي التحقق بخطوتين لهذا الحساب؛ يدخل صاحبه بكلمة المرور ثم يفعّله من جديد.", ct);

    public async Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } member)
        {
            return NotFound();
        }

        if (member.Id == You)
        {
            return await RefuseAsync(id, "غيّر كلمة مرورك من صفحة حسابي.", ct);
        }

        GeneratedPassword = await manage.ResetPasswordAsync(member, ct);
        await ShowAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } member)
        {
            return NotFound();
        }

        var email = member.Email;
        if (await manage.DeleteAsync(member, You, ct) is { } error)
        {
            return await RefuseAsync(id, error, ct);
        }

        TempData["Notice"] = $"حُذف حساب {email}.";
        return new SeeOtherResult(Url.Page("/Newsroom/Staff/Index")!);
    }

    private string You => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<IActionResult> ActAsync(string id, Func<StaffUser, Task<string?>> action, string notice, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } member)
        {
            return NotFound();
        }

        if (await action(member) is { } error)
        {
            return await RefuseAsync(id, error, ct);
        }

        TempData["Notice"] = notice;
        return new SeeOtherResult(Url.Page("/Newsroom/Staff/Member", new { id })!);
    }

    // A refusal is a conflict with the state of the team (the last admin, oneself), not bad input.
    private async Task<IActionResult> RefuseAsync(string id, string error, CancellationToken ct)
    {
        Error = error;
        await ShowAsync(id, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> ShowAsync(string id, CancellationToken ct)
    {
        if (await db.MemberAsync(id, clock.GetUtcNow(), ct) is not { } member)
        {
            return false;
        }

        Member = member;
        IsYou = member.Id == You;
        return true;
    }
}
