using System.CommandLine;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the web site, the API and the newsroom (the default).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((result, ct) => RunAsync([.. result.UnmatchedTokens], ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] hostArgs, CancellationToken ct)
    {
        var app = SahifaHost.Build(hostArgs);
        await app.RunAsync(ct);
        return 0;
    }
}
