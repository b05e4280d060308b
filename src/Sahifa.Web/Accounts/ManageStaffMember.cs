using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Accounts;

/// What an admin does to another member of staff on `/newsroom/staff/{id}`. Every change that
/// takes something away (role, lock, deletion) keeps at least one admin who can sign in. Every
/// staff request checks the account again, so open sessions follow a change at once.
public sealed class ManageStaffMember(
    SahifaDb db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    AuditTrail audit,
    TimeProvider clock)
{
    public const string LastAdmin = "لا بد أن يبقى في الفريق مدير واحد على الأقل يستطيع الدخول.";
    public const string NotYourself = "لا يمكنك فعل هذا بحسابك أنت.";
    public const string Raced = "تغيّر الفريق في الوقت نفسه. أعد تحميل الصفحة وحاول مرة أخرى.";

    /// Null on success, otherwise the Arabic reason.
    public Task<string?> ChangeRoleAsync(StaffUser member, string role, CancellationToken ct) =>
        GuardedAsync(member, role != StaffRoles.Admin, async () =>
        {
            var before = (await users.GetRolesAsync(member)).ToList();
            if (before.SequenceEqual([role]))
            {
                return;
            }

            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            await users.RemoveFromRolesAsync(member, before);
            await users.AddToRoleAsync(member, role);
            // No new security stamp: the stamp check rebuilds the member's roles on their next
            // request anyway, and a promotion should not sign them out.
            audit.Add(AuditActions.RoleChanged, member.Email!, $"من {string.Join("، ", before.Select(StaffRoles.Label))} إلى {StaffRoles.Label(role)}");
        }, ct);

    public Task<string?> LockAsync(StaffUser member, string actorId, CancellationToken ct) =>
        member.Id == actorId
            ? Task.FromResult<string?>(NotYourself)
            : GuardedAsync(member, removesAdmin: true, async () =>
            {
                await users.SetLockoutEnabledAsync(member, true);
                await users.SetLockoutEndDateAsync(member, DateTimeOffset.MaxValue);
                audit.Add(AuditActions.StaffLocked, member.Email!);
                await users.UpdateSecurityStampAsync(member);
            }, ct);

    public async Task UnlockAsync(StaffUser member, CancellationToken ct)
    {
        audit.Add(AuditActions.StaffUnlocked, member.Email!);
        await users.SetLockoutEndDateAsync(member, null);
        await users.ResetAccessFailedCountAsync(member);
        await db.SaveChangesAsync(ct);
    }

    public Task<string?> DeleteAsync(StaffUser member, string actorId, CancellationToken ct) =>
        member.Id == actorId
            ? Task.FromResult<string?>(NotYourself)
            : GuardedAsync(member, removesAdmin: true, async () =>
            {
                audit.Add(AuditActions.StaffDeleted, member.Email!, $"الدور: {string.Join("، ", (await users.GetRolesAsync(member)).Select(StaffRoles.Label))}");
                await users.DeleteAsync(member);
            }, ct);

    /// A new password the admin passes on; the member must replace it at their next sign-in.
    public async Task<string> ResetPasswordAsync(StaffUser member, CancellationToken ct)
    {
        var password = AddStaffMember.GeneratePassword();
        await users.RemovePasswordAsync(member);
        await users.AddPasswordAsync(member, password);
        member.MustChangePassword = true;
        audit.Add(AuditActions.StaffPasswordReset, member.Email!);
        await users.UpdateSecurityStampAsync(member);
        return password;
    }

    /// For a reporter who lost the phone and the recovery codes: they sign in with the password
    /// alone and enrol again.
    public async Task ResetTwoFactorAsync(StaffUser member, CancellationToken ct)
    {
        await users.SetTwoFactorEnabledAsync(member, false);
        await users.ResetAuthenticatorKeyAsync(member);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(member, 0);
        audit.Add(AuditActions.StaffTwoFactorReset, member.Email!);
        await db.SaveChangesAsync(ct);
    }

    // The count and the change in one serializable transaction: two admins demoting each other
    // at the same moment cannot both succeed and leave the newsroom without one.
    private async Task<string?> GuardedAsync(StaffUser member, bool removesAdmin, Func<Task> change, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            if (removesAdmin
                && await users.IsInRoleAsync(member, StaffRoles.Admin)
                && await db.UsableAdminsBesidesAsync(member.Id, clock.GetUtcNow(), ct) == 0)
            {
                return LastAdmin;
            }

            await change();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            return Raced;
        }
    }
}
