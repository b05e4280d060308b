using Sahifa.Web.Cli;
using Sahifa.Web.Tests.Importing;

namespace Sahifa.Web.Tests.Cli;

/// `sahifa import wordpress FILE` as an operator runs it, against a temporary store.
public sealed class ImportCommandTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SahifaCli.RunAsync(args, output, error, _store.HostArgs());
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_prints_a_report_by_kind_and_a_second_run_only_updates()
    {
        var first = await RunAsync("import", "wordpress", Exports.PathOf(Exports.Jazira));
        var second = await RunAsync("import", "wordpress", Exports.PathOf(Exports.Jazira));

        Assert.Equal(0, first.Exit);
        Assert.Contains("posts      7 new, 0 updated", first.Output);
        Assert.Contains("3 published, 1 scheduled, 1 drafts, 1 in review, 1 private", first.Output);
        Assert.Contains("[gallery]", first.Output);
        Assert.Contains("#201", first.Output);
        // No progress bar when stderr is not a terminal.
        Assert.Equal("", first.Error);
        Assert.Equal(0, second.Exit);
        Assert.Contains("posts      0 new, 0 updated, 7 unchanged", second.Output);
        Assert.Contains("redirects  0 new", second.Output);
    }

    [Fact]
    public async Task Import_with_the_uploads_folder_brings_the_photographs_and_counts_them()
    {
        var site = PhotoSite.Write(Path.Combine(_store.DataDirectory, "wordpress"));

        var first = await RunAsync("import", "wordpress", site.Export, "--uploads", site.UploadsFolder);
        var second = await RunAsync("import", "wordpress", site.Export, "--uploads", site.UploadsFolder);

        Assert.Equal(0, first.Exit);
        Assert.Contains("media      7 attachments: 2 imported, 0 already in the library, 1 missing, 4 refused", first.Output);
        Assert.Contains("media_missing", first.Output);
        Assert.Contains("2026/01/lost.jpg", first.Output);
        Assert.Contains("media_outside_uploads", first.Output);
        Assert.DoesNotContain("media_not_copied", first.Output);
        Assert.Equal(0, second.Exit);
        Assert.Contains("media      7 attachments: 0 imported, 2 already in the library, 1 missing, 4 refused", second.Output);
    }

    [Fact]
    public async Task Import_without_the_uploads_folder_says_how_to_bring_the_photographs()
    {
        var (exit, output, _) = await RunAsync("import", "wordpress", Exports.PathOf(Exports.Jazira));

        Assert.Equal(0, exit);
        Assert.Contains("media      1 attachments recorded by URL (the files stay on the old host; --uploads DIR brings them over)", output);
        Assert.Contains("media_not_copied", output);
    }

    [Fact]
    public async Task A_missing_uploads_folder_is_named_and_nothing_is_imported()
    {
        var (exit, output, error) = await RunAsync("import", "wordpress", Exports.PathOf(Exports.Jazira), "--uploads", "no-such-uploads");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("no such folder: no-such-uploads", error);
    }

    [Fact]
    public async Task A_broken_file_fails_with_its_line_number()
    {
        var (exit, output, error) = await RunAsync("import", "wordpress", Exports.PathOf("truncated.xml"));

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: line 28, column", error);
        Assert.Contains("nothing was imported", error);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (exit, _, error) = await RunAsync("import", "wordpress", "no-such-export.xml");

        Assert.Equal(2, exit);
        Assert.Contains("no such file: no-such-export.xml", error);
    }
}
