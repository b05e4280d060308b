using System.Net;

namespace Sahifa.Web.Tests.Search;

/// The index on disk: a missing or corrupt one is rebuilt at start while the site serves.
public sealed class SearchIndexTests
{
    [Fact]
    public async Task Corrupt_index_is_rebuilt_from_the_database_at_start_while_the_site_serves()
    {
        using var store = new TestStore();
        var index = Path.Combine(store.DataDirectory, "search");
        int id;
        using (var first = new ConfiguredSahifaFactory([.. store.Settings.Select(s => (s.Key, s.Value))]))
        {
            id = await first.PublishAsync(SearchFixture.Story("محطة مياه علوك تعود إلى العمل", "عادت المحطة."));
            await first.CreateClient().IndexedAsync("علوك", id);
        }

        foreach (var file in Directory.EnumerateFiles(index))
        {
            await File.WriteAllTextAsync(file, "not an index");
        }

        using var second = new ConfiguredSahifaFactory([.. store.Settings.Select(s => (s.Key, s.Value))]);
        var client = second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await client.IndexedAsync("علوك", id);
    }
}
