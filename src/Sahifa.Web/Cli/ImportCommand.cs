using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;
using Sahifa.Web.Importing;
using static System.FormattableString;

namespace Sahifa.Web.Cli;

/// `sahifa import wordpress FILE`: a WordPress site in one command, with no upload limit.
internal static class ImportCommand
{
    public static Command Create(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A WordPress export (Tools > Export > All content), WXR 1.1 or 1.2." };
        var wordpress = new Command("wordpress", "Import posts, terms, authors, comments and old addresses from a WordPress export. Running it again updates, never duplicates.") { file };
        wordpress.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"error: no such file: {path}");
                return 2;
            }

            await using var app = SahifaHost.Build(hostArgs, forCommand: true);
            await app.Services.MigrateAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<ImportWordPress>();

            // Only a person watching a terminal gets a bar; a log file or a pipe gets the report alone.
            var bar = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(error) : null;
            ImportReport report;
            try
            {
                report = await import.RunAsync(path, bar, ct);
            }
            catch (ImportException e)
            {
                bar?.Clear();
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }

            bar?.Clear();
            await output.WriteAsync(Describe(report));
            return 0;
        });

        return new Command("import", "Bring a site's content over from another platform.") { wordpress };
    }

    internal static string Describe(ImportReport report)
    {
        var c = report.Counts;
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine(Invariant($"Imported in {report.Duration.TotalSeconds:0.0} s."));
        text.WriteLine(Invariant($"  posts      {c.PostsCreated:N0} new, {c.PostsUpdated:N0} updated, {c.PostsUnchanged:N0} unchanged, {c.PostsKept:N0} kept (edited in Sahifa since), {c.PostsSkipped:N0} skipped"));
        text.WriteLine(Invariant($"             {c.Published:N0} published, {c.Scheduled:N0} scheduled, {c.Drafts:N0} drafts, {c.InReview:N0} in review, {c.Private:N0} private (kept as drafts)"));
        text.WriteLine(Invariant($"  comments   {c.CommentsCreated:N0} new, {c.CommentsUpdated:N0} updated, {c.CommentsUnchanged:N0} unchanged, {c.CommentsSkipped:N0} skipped"));
        text.WriteLine(Invariant($"  sections   {c.SectionsCreated:N0} new"));
        text.WriteLine(Invariant($"  tags       {c.TagsCreated:N0} new"));
        text.WriteLine(Invariant($"  authors    {c.AuthorsCreated:N0} new bylines"));
        text.WriteLine(Invariant($"  media      {c.Media:N0} recorded by URL (files stay where they are)"));
        text.WriteLine(Invariant($"  redirects  {c.Redirects:N0} new old addresses"));
        text.WriteLine(Invariant($"  skipped    {c.PagesSkipped:N0} pages, {c.OtherItemsSkipped:N0} other items"));
        if (report.Dropped.Count > 0)
        {
            text.WriteLine("Dropped (cannot be shown on a Sahifa page):");
            foreach (var d in report.Dropped)
            {
                text.WriteLine(Invariant($"  {d.Name,-20} {d.Count:N0} times, in posts {string.Join(", ", d.WordPressIds)}"));
            }
        }

        if (report.Warnings.Count > 0)
        {
            text.WriteLine(Invariant($"Warnings ({report.Warnings.Count + report.WarningsOmitted:N0}):"));
            foreach (var w in report.Warnings)
            {
                var id = w.WordPressId is { } i ? $"#{i}" : "-";
                text.WriteLine(Invariant($"  {id,-8} {w.Code,-20} {w.Message}"));
            }

            if (report.WarningsOmitted > 0)
            {
                text.WriteLine(Invariant($"  … and {report.WarningsOmitted:N0} more"));
            }
        }

        return text.ToString();
    }

    /// A one-line bar redrawn in place on stderr, at most ten times a second.
    private sealed class ProgressBar(TextWriter terminal) : IProgress<ImportProgress>
    {
        private const int Width = 30;
        private long _last;

        public void Report(ImportProgress value)
        {
            var now = Stopwatch.GetTimestamp();
            if (value.Done < value.Total && Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds < 100)
            {
                return;
            }

            _last = now;
            var fraction = value.Total == 0 ? 1 : Math.Clamp((double)value.Done / value.Total, 0, 1);
            var filled = (int)(fraction * Width);
            terminal.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0}  {value.Done:N0}/{value.Total:N0} items"));
            terminal.Flush();
        }

        public void Clear()
        {
            terminal.Write("\r" + new string(' ', Width + 40) + "\r");
            terminal.Flush();
        }
    }
}
