using System.CommandLine;
using System.Diagnostics;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;
using Sahifa.Web.Search;

namespace Sahifa.Web.Cli;

/// `sahifa reindex`: rebuilds this node's search index from the database, with a progress bar on a terminal.
internal static class ReindexCommand
{
    public static Command Create(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var command = new Command("reindex", "Rebuild the search index from the database. Stop this node's server first.");
        command.SetAction(async (_, ct) =>
        {
            await using var app = SahifaHost.Build(hostArgs, forCommand: true);
            await app.Services.MigrateAsync(ct);
            var index = app.Services.GetRequiredService<SearchIndex>();
            if (index.Location == "memory")
            {
                await error.WriteLineAsync("error: the search index is in use by a running Sahifa on this data directory; stop it first (a node also rebuilds a missing index when it starts).");
                return 1;
            }

            await using var scope = app.Services.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            await Terminal.WithProgressAsync<(int Done, int Total), bool>(error, "Indexing", p => (p.Done, p.Total), async bar =>
            {
                await index.RebuildAsync(db, bar, ct);
                return true;
            });
            await output.WriteLineAsync(FormattableString.Invariant($"Indexed {index.Count} articles in {clock.Elapsed.TotalSeconds:0.0} s ({index.Location})."));
            return 0;
        });
        return command;
    }
}
