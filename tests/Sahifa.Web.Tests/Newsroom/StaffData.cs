using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom;

/// Looks at what the staff pages did, straight in the database.
public static class StaffData
{
    public static async Task<string> IdOfAsync(this SahifaFactory site, string email)
    {
        using var scope = site.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    public static async Task<List<AuditEntry>> AuditAboutAsync(this SahifaFactory site, string subject)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        return await db.AuditEntries.Where(e => e.Subject == subject).OrderBy(e => e.Id).ToListAsync();
    }

    /// Admins who can sign in, as the guard counts them.
    public static async Task RemoveOtherAdminsAsync(this SahifaFactory site, string keep)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var admin in await users.GetUsersInRoleAsync(StaffRoles.Admin))
        {
            if (admin.Email != keep)
            {
                await users.RemoveFromRoleAsync(admin, StaffRoles.Admin);
            }
        }
    }
}
