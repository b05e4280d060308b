using System.CommandLine;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Cli;

/// `sahifa backup FILE` and `sahifa restore FILE`, for whichever store is configured.
internal static class BackupCommands
{
    public static Command Backup(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup." };
        var command = new Command("backup", "Back up the whole database (online: the site may keep serving).") { file };
        command.SetAction((result, ct) => RunAsync(hostArgs, output, error, result.GetValue(file)!, restore: false, ct));
        return command;
    }

    public static Command Restore(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A file made by `sahifa backup` on the same kind of store." };
        var command = new Command("restore", "Replace the database's content with a backup. Stop the site first.") { file };
        command.SetAction((result, ct) => RunAsync(hostArgs, output, error, result.GetValue(file)!, restore: true, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] hostArgs, TextWriter output, TextWriter error, string file, bool restore, CancellationToken ct)
    {
        await using var app = SahifaHost.Build(hostArgs, forCommand: true);
        var store = app.Services.GetRequiredService<StoreDescription>();
        var backups = new Backups(store);
        var failure = restore ? await backups.RestoreAsync(file, ct) : await backups.BackupAsync(file, ct);
        if (failure is not null)
        {
            await error.WriteLineAsync($"error: {failure}");
            return 1;
        }

        if (restore)
        {
            // A backup from an older release is brought up to this one's schema.
            await app.Services.MigrateAsync(ct);
        }

        await output.WriteLineAsync(restore
            ? $"Restored {store.Provider} ({store.Location}) from {file}."
            : $"Backed up {store.Provider} ({store.Location}) to {file}.");
        return 0;
    }
}
