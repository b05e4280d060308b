using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Cli;

/// `sahifa users add`: the only way to create the first admin (there is no web installer to
/// race an attacker to).
internal static class UsersCommand
{
    public static Command Create(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var email = new Option<string>("--email") { Description = "The staff member's e-mail address.", Required = true };
        var role = new Option<string>("--role") { Description = "admin, editor or writer.", Required = true };
        role.AcceptOnlyFromAmong([.. StaffRoles.All]);
        var password = new Option<string?>("--password")
        {
            Description = "At least 12 characters. Omitted: a strong one is generated and printed once.",
        };

        var add = new Command("add", "Add a staff account.") { email, role, password };
        add.SetAction(async (result, ct) =>
        {
            await using var app = SahifaHost.Build(hostArgs, forCommand: true);
            await app.Services.MigrateAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();

            var address = result.GetValue(email)!.Trim();
            if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address))
            {
                await error.WriteLineAsync($"error: '{address}' is not an e-mail address.");
                return 2;
            }

            if (await users.FindByEmailAsync(address) is not null)
            {
                await error.WriteLineAsync($"error: a staff account for {address} already exists.");
                return 1;
            }

            var given = result.GetValue(password);
            var secret = given ?? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
            var user = new StaffUser
            {
                UserName = address,
                Email = address,
                EmailConfirmed = true,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, secret);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors)
                {
                    await error.WriteLineAsync($"error: {e.Description}");
                }

                return 1;
            }

            var roleName = result.GetValue(role)!;
            if (!await roles.RoleExistsAsync(roleName))
            {
                await roles.CreateAsync(new IdentityRole(roleName));
            }

            await users.AddToRoleAsync(user, roleName);
            await output.WriteLineAsync($"Added {roleName} {address}.");
            if (given is null)
            {
                await output.WriteLineAsync($"Password (shown once): {secret}");
            }

            return 0;
        });

        return new Command("users", "Manage staff accounts.") { add };
    }
}
