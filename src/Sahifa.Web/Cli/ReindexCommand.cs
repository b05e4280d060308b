using System.CommandLine;
using System.Diagnostics;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;
using Sahifa.Web.Search;

namespace Sahifa.Web.Cli;

/// `sahifa reindex`: rebuilds this node's search index from the database, with a progress bar.
internal static class ReindexCommand
{
    private const int BarWidth = 30;

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
            var bar = new ProgressBar(error);
            await index.RebuildAsync(scope.ServiceProvider.GetRequiredService<SahifaDb>(), bar, ct);
            bar.Finish();
            await output.WriteLineAsync(FormattableString.Invariant($"Indexed {index.Count} articles in {clock.Elapsed.TotalSeconds:0.0} s ({index.Location})."));
            return 0;
        });
        return command;
    }

    // Drawn on stderr so `sahifa reindex > log` keeps only the summary; redrawn in place with \r,
    // at most once per whole percent.
    private sealed class ProgressBar(TextWriter writer) : IProgress<(int Done, int Total)>
    {
        private int _lastPercent = -1;

        public void Report((int Done, int Total) value)
        {
            var percent = value.Total == 0 ? 100 : (int)(100L * value.Done / value.Total);
            if (percent == _lastPercent)
            {
                return;
            }

            _lastPercent = percent;
            var filled = percent * BarWidth / 100;
            writer.Write(FormattableString.Invariant($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {percent,3}% {value.Done}/{value.Total}"));
        }

        public void Finish() => writer.WriteLine();
    }
}
