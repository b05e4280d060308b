using System.CommandLine;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;
using Sahifa.Web.Importing;
using Spectre.Console;
using static System.FormattableString;

namespace Sahifa.Web.Cli;

/// `sahifa import wordpress FILE [--uploads DIR]`: a WordPress site in one command, with no
/// upload limit, and with a copy of its `wp-content/uploads` its photographs too.
internal static class ImportCommand
{
    public static Command Create(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A WordPress export (Tools > Export > All content), WXR 1.1 or 1.2." };
        var uploads = new Option<string?>("--uploads")
        {
            Description = "A copy of the site's wp-content/uploads folder: the original photographs come into the library, featured images become lead images and body images are served by Sahifa.",
        };
        var wordpress = new Command("wordpress", "Import posts, terms, authors, comments, photographs and old addresses from a WordPress export. Running it again updates, never duplicates.") { file, uploads };
        wordpress.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"error: no such file: {path}");
                return 2;
            }

            var folder = result.GetValue(uploads);
            if (folder is not null && !Directory.Exists(folder))
            {
                await error.WriteLineAsync($"error: no such folder: {folder}");
                return 2;
            }

            await using var app = SahifaHost.Build(hostArgs, forCommand: true);
            await app.Services.MigrateAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<ImportWordPress>();

            ImportReport report;
            try
            {
                report = await Terminal.WithProgressAsync<ImportProgress, ImportReport>(
                    error, "Importing", p => (p.Done, p.Total), bar => import.RunAsync(path, folder, bar, ct));
            }
            catch (ImportException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }

            Describe(report, Terminal.For(output));
            return 0;
        });

        return new Command("import", "Bring a site's content over from another platform.") { wordpress };
    }

    // A two-column table without borders or headers reads like the plain list it replaced,
    // in a terminal or a log file alike; the lists under it get their headers.
    internal static void Describe(ImportReport report, IAnsiConsole console)
    {
        var c = report.Counts;
        console.WriteLine(Invariant($"Imported in {report.Duration.TotalSeconds:0.0} s."));
        var counts = new Table().Border(TableBorder.None).HideHeaders().AddColumns("kind", "counts");
        // Without borders Spectre drops the outer padding; the gap between the columns is the
        // first one's right padding.
        counts.Columns[0].PadRight(2);
        Row(counts, "posts", Invariant($"{c.PostsCreated:N0} new, {c.PostsUpdated:N0} updated, {c.PostsUnchanged:N0} unchanged, {c.PostsKept:N0} kept (edited in Sahifa since), {c.PostsSkipped:N0} skipped"));
        Row(counts, "", Invariant($"{c.Published:N0} published, {c.Scheduled:N0} scheduled, {c.Drafts:N0} drafts, {c.InReview:N0} in review, {c.Private:N0} private (kept as drafts)"));
        Row(counts, "comments", Invariant($"{c.CommentsCreated:N0} new, {c.CommentsUpdated:N0} updated, {c.CommentsUnchanged:N0} unchanged, {c.CommentsSkipped:N0} skipped"));
        Row(counts, "sections", Invariant($"{c.SectionsCreated:N0} new"));
        Row(counts, "tags", Invariant($"{c.TagsCreated:N0} new"));
        Row(counts, "authors", Invariant($"{c.AuthorsCreated:N0} new bylines"));
        Row(counts, "media", c.MediaImported + c.MediaReused + c.MediaMissing + c.MediaRefused == 0
            ? Invariant($"{c.Media:N0} attachments recorded by URL (the files stay on the old host; --uploads DIR brings them over)")
            : Invariant($"{c.Media:N0} attachments: {c.MediaImported:N0} imported, {c.MediaReused:N0} already in the library, {c.MediaMissing:N0} missing, {c.MediaRefused:N0} refused"));
        Row(counts, "redirects", Invariant($"{c.Redirects:N0} new old addresses"));
        Row(counts, "skipped", Invariant($"{c.PagesSkipped:N0} pages, {c.OtherItemsSkipped:N0} other items"));
        console.Write(new Padder(counts, new Padding(2, 0, 0, 0)));

        if (report.Dropped.Count > 0)
        {
            console.WriteLine("Dropped (cannot be shown on a Sahifa page):");
            var dropped = new Table().Border(TableBorder.Simple).AddColumns("markup", "times", "in posts");
            dropped.Columns[1].RightAligned();
            foreach (var d in report.Dropped)
            {
                Row(dropped, d.Name, Invariant($"{d.Count:N0}"), string.Join(", ", d.WordPressIds));
            }

            console.Write(dropped);
        }

        if (report.Warnings.Count > 0)
        {
            console.WriteLine(Invariant($"Warnings ({report.Warnings.Count + report.WarningsOmitted:N0}):"));
            var warnings = new Table().Border(TableBorder.Simple).AddColumns("post", "code", "message");
            foreach (var w in report.Warnings)
            {
                Row(warnings, w.WordPressId is { } i ? Invariant($"#{i}") : "-", w.Code, w.Message);
            }

            console.Write(warnings);
            if (report.WarningsOmitted > 0)
            {
                console.WriteLine(Invariant($"  … and {report.WarningsOmitted:N0} more"));
            }
        }
    }

    // Plain text, never markup: a WordPress shortcode such as "[gallery]" is data.
    private static void Row(Table table, params string[] cells) =>
        table.AddRow(cells.Select(cell => new Text(cell)).ToArray());
}
