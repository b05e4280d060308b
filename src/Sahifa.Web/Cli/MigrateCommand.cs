using System.CommandLine;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Cli;

internal static class MigrateCommand
{
    public static Command Create(string[] hostArgs, TextWriter output)
    {
        var command = new Command("migrate", "Apply pending database migrations and exit.");
        command.SetAction(async (_, ct) =>
        {
            await using var app = SahifaHost.Build(hostArgs, forCommand: true);
            await app.Services.MigrateAsync(ct);
            var store = app.Services.GetRequiredService<StoreDescription>();
            await output.WriteLineAsync($"Database is up to date ({store.Provider}: {store.Location}).");
            return 0;
        });
        return command;
    }
}
