using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Import.Bench;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;
using Sahifa.Web.Importing;

// Generates a WordPress export of N posts with comments (streamed to disk, never held in memory),
// imports it into a fresh SQLite store with the real use case, and prints the time and the
// process's peak resident memory (VmHWM). CPU time is printed beside the wall time because a
// shared machine's wall time says as much about its neighbours as about the import. Usage: dotnet run -c Release --project bench/Sahifa.Import.Bench [posts]
var posts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var work = Path.Combine(Path.GetTempPath(), $"sahifa-bench-import-{Guid.NewGuid():N}");
Directory.CreateDirectory(work);
var file = Path.Combine(work, "export.xml");
try
{
    var generate = Stopwatch.StartNew();
    var written = ExportGenerator.Write(file, posts);
    Console.WriteLine(Invariant($"generated {posts:N0} posts, {written.Comments:N0} comments, {new FileInfo(file).Length / 1024.0 / 1024.0:N0} MiB in {generate.Elapsed.TotalSeconds:N1} s; peak RSS so far {PeakRss()}"));

    string[] host = [$"--SAHIFA_DATA={work}", "--SAHIFA_DEMO=false"];
    await using var app = SahifaHost.Build(host, forCommand: true);
    await app.Services.MigrateAsync();
    await using var scope = app.Services.CreateAsyncScope();
    var import = scope.ServiceProvider.GetRequiredService<ImportWordPress>();

    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var run = Stopwatch.StartNew();
    var report = await import.RunAsync(file, null, CancellationToken.None);
    var c = report.Counts;
    Console.WriteLine(Invariant($"imported {c.PostsCreated:N0} articles, {c.CommentsCreated:N0} comments, {c.Redirects:N0} redirects, {c.TagsCreated:N0} tags in {run.Elapsed.TotalSeconds:N1} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:N1} s CPU ({c.PostsCreated / run.Elapsed.TotalSeconds:N0} posts/s)"));
    Console.WriteLine(Invariant($"peak RSS (VmHWM) {PeakRss()}; database {new FileInfo(Path.Combine(work, "sahifa.db")).Length / 1024.0 / 1024.0:N0} MiB"));

    var again = Stopwatch.StartNew();
    await using var second = app.Services.CreateAsyncScope();
    var rerun = await second.ServiceProvider.GetRequiredService<ImportWordPress>().RunAsync(file, null, CancellationToken.None);
    Console.WriteLine(Invariant($"re-import: {rerun.Counts.PostsUnchanged:N0} unchanged, {rerun.Counts.PostsCreated:N0} new in {again.Elapsed.TotalSeconds:N1} s; peak RSS {PeakRss()}"));
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

static string PeakRss() =>
    File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?["VmHWM:".Length..].Trim() ?? "unknown";

static string Invariant(FormattableString text) => FormattableString.Invariant(text);
