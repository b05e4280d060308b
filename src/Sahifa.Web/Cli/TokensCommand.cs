using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Cli;

internal static class TokensCommand
{
    public static Command Create(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var email = new Option<string>("--email") { Description = "Whose token: a staff account's e-mail.", Required = true };
        var create = new Command("create", "Create an API token; it is printed once and only its hash is stored.") { email };
        create.SetAction(async (result, ct) =>
        {
            await using var app = SahifaHost.Build(hostArgs, forCommand: true);
            await app.Services.MigrateAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var address = result.GetValue(email)!.Trim();
            var user = await users.FindByEmailAsync(address);
            if (user is null)
            {
                await error.WriteLineAsync($"error: no staff account for {address}; add one with `sahifa users add`.");
                return 1;
            }

            var token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user, ct);
            await output.WriteLineAsync(token);
            return 0;
        });

        return new Command("tokens", "Manage API tokens.") { create };
    }
}
