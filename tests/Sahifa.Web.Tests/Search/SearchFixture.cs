using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Search;

/// Helpers for search tests: publishing through the real use case and waiting for the index,
/// which follows the change feed in the background.
public static class SearchFixture
{
    public static ArticleInput Story(string title, string body, string section = "سياسة", int hoursAgo = 1, string typeOfWork = "news", params string[] tags) => new()
    {
        Title = title,
        Standfirst = "مقدمة قصيرة للمادة.",
        Body = body,
        Section = section,
        TypeOfWork = typeOfWork,
        Tags = [.. tags.Select(t => new TagInput(t, null))],
        Status = "published",
        PublishedAt = SahifaFactory.Now.AddHours(-hoursAgo),
    };

    /// The ids the API finds for a query, once it finds at least `expected` of them (or the wait ends).
    public static async Task<List<int>> FoundAsync(this HttpClient client, string query, int expected = 1, TimeSpan? wait = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(query));
            var ids = json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToList();
            if (ids.Count >= expected || clock.Elapsed > (wait ?? TimeSpan.FromSeconds(5)))
            {
                return ids;
            }

            await Task.Delay(25);
        }
    }

    /// Waits until the search counts at least `expected` results.
    public static async Task TotalAsync(this HttpClient client, string query, int expected)
    {
        var clock = Stopwatch.StartNew();
        while ((await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32() < expected)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"fewer than {expected} results for «{query}»");
            await Task.Delay(25);
        }
    }

    /// Waits until the index holds the article, so a test can then ask the page about it.
    public static async Task IndexedAsync(this HttpClient client, string query, int id)
    {
        var clock = Stopwatch.StartNew();
        while (!(await client.FoundAsync(query, wait: TimeSpan.Zero)).Contains(id))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"article {id} not found by «{query}»");
            await Task.Delay(25);
        }
    }
}
