using System.CommandLine;

namespace Sahifa.Web.Cli;

/// `sahifa [serve] | migrate | users add | tokens create | backup | restore | import wordpress | reindex`. Anything `serve` does not recognise
/// (`--urls`, `--environment`) is handed to the ASP.NET Core host untouched.
public static class SahifaCli
{
    /// `hostArgs` are extra host settings for the non-serve commands (tests point them at a
    /// temporary data directory with `--SAHIFA_DATA=...`).
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string[]? hostArgs = null)
    {
        hostArgs ??= [];
        var root = new RootCommand("Sahifa (صحيفة): an Arabic-first news publishing platform.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (result, ct) =>
        {
            // Host settings start with a dash; a bare word is a mistyped command, not a reason
            // to start serving.
            if (result.UnmatchedTokens is [var first, ..] && !first.StartsWith('-'))
            {
                await error.WriteLineAsync($"error: unknown command '{first}'. Try --help.");
                return 2;
            }

            return await ServeCommand.RunAsync([.. result.UnmatchedTokens], ct);
        });

        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create(hostArgs, output));
        root.Subcommands.Add(UsersCommand.Create(hostArgs, output, error));
        root.Subcommands.Add(TokensCommand.Create(hostArgs, output, error));
        root.Subcommands.Add(BackupCommands.Backup(hostArgs, output, error));
        root.Subcommands.Add(BackupCommands.Restore(hostArgs, output, error));
        root.Subcommands.Add(ImportCommand.Create(hostArgs, output, error));
        root.Subcommands.Add(ReindexCommand.Create(hostArgs, output, error));

        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
