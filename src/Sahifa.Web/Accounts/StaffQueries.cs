using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Accounts;

/// A member of staff as the staff pages show them.
public sealed record StaffMember(
    string Id,
    string Email,
    string Role,
    bool TwoFactorEnabled,
    bool Locked,
    bool MustChangePassword,
    DateTime CreatedAt,
    DateTime? LastSignIn);

public static class StaffQueries
{
    /// Everyone, by e-mail. The last sign-in comes from the audit log, which records every one.
    public static async Task<List<StaffMember>> AllAsync(this SahifaDb db, DateTimeOffset now, CancellationToken ct) =>
        await ProjectAsync(db, db.Users, now, ct);

    public static async Task<StaffMember?> MemberAsync(this SahifaDb db, string id, DateTimeOffset now, CancellationToken ct) =>
        (await ProjectAsync(db, db.Users.Where(u => u.Id == id), now, ct)).SingleOrDefault();

    /// Admins who can still sign in, leaving out one account: what is left if it goes.
    public static async Task<int> UsableAdminsBesidesAsync(this SahifaDb db, string id, DateTimeOffset now, CancellationToken ct)
    {
        var lockouts = await AdminIds(db)
            .Where(userId => userId != id)
            .Join(db.Users, userId => userId, u => u.Id, (_, u) => u.LockoutEnd)
            .ToListAsync(ct);
        return lockouts.Count(end => end is null || end <= now);
    }

    private static IQueryable<string> AdminIds(SahifaDb db) =>
        db.UserRoles.Join(db.Roles.Where(r => r.Name == StaffRoles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);

    private static async Task<List<StaffMember>> ProjectAsync(SahifaDb db, IQueryable<StaffUser> users, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                u.MustChangePassword,
                u.CreatedAt,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                LastSignIn = db.AuditEntries.Where(e => e.Action == AuditActions.SignedIn && e.Subject == u.Email).Max(e => (DateTime?)e.At),
            })
            .ToListAsync(ct);
        // LockoutEnd is compared here: SQLite keeps DateTimeOffset as text and cannot order it.
        return rows.Select(r => new StaffMember(r.Id, r.Email ?? "", r.Role ?? "", r.TwoFactorEnabled, r.LockoutEnd > now, r.MustChangePassword, r.CreatedAt, r.LastSignIn)).ToList();
    }
}
