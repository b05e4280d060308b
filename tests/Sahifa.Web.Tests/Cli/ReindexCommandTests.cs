using Sahifa.Web.Cli;
using Sahifa.Web.Tests.Search;

namespace Sahifa.Web.Tests.Cli;

/// `sahifa reindex`: rebuilds the index from the database, with a progress bar on a terminal.
public sealed class ReindexCommandTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Reindex_indexes_every_published_article_and_draws_no_bar_into_a_log()
    {
        await factory.PublishAsync(SearchFixture.Story("خبر أول للفهرسة", "نص."));
        await factory.PublishAsync(SearchFixture.Story("خبر ثان للفهرسة", "نص."));
        await factory.PublishAsync(SearchFixture.Story("مسودة لا تُفهرس", "نص.") with { Status = "draft" });
        var elsewhere = Path.Combine(factory.DataDirectory, "another-index");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await SahifaCli.RunAsync(["reindex"], output, error, [.. factory.Store.HostArgs(), $"--Sahifa:Search:IndexPath={elsewhere}"]);

        Assert.Equal(0, exit);
        Assert.StartsWith("Indexed 2 articles in ", output.ToString());
        // stderr is a StringWriter here, as it would be a file: no bar redrawn into it.
        Assert.Equal("", error.ToString());
        Assert.True(File.Exists(Path.Combine(elsewhere, "segments.gen")) || Directory.EnumerateFiles(elsewhere, "segments_*").Any());
    }

    [Fact]
    public async Task Reindex_refuses_an_index_a_running_node_holds()
    {
        _ = factory.Server;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await SahifaCli.RunAsync(["reindex"], output, error, factory.Store.HostArgs());

        Assert.Equal(1, exit);
        Assert.Contains("in use by a running Sahifa", error.ToString());
    }
}
