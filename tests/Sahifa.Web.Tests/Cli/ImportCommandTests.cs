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
