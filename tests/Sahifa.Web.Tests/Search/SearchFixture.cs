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

    /// The ids the API finds for a query, once it finds at least `expected` of them; the test
    /// fails if it does not within the wait. `wait: TimeSpan.Zero` is one look, for a test that
    /// knows the index is up to date (and may expect fewer, or none).
    public static async Task<List<int>> FoundAsync(this HttpClient client, string query, int expected = 1, TimeSpan? wait = null)
    {
        if (wait == TimeSpan.Zero)
        {
            return await IdsAsync(client, query);
        }

        var ids = await Eventually.WithinAsync(
            () => IdsAsync(client, query),
            found => found.Count >= expected,
            wait ?? TimeSpan.FromSeconds(5),
            $"fewer than {expected} results for «{query}»");
        return ids;
    }

    /// Waits until the search counts at least `expected` results.
    public static Task TotalAsync(this HttpClient client, string query, int expected) =>
        Eventually.WithinAsync(
            async () => (await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32() >= expected,
            TimeSpan.FromSeconds(5),
            $"fewer than {expected} results for «{query}»");

    /// Waits until the index holds the article, so a test can then ask the page about it.
    public static Task IndexedAsync(this HttpClient client, string query, int id) =>
        Eventually.WithinAsync(
            async () => (await IdsAsync(client, query)).Contains(id),
            TimeSpan.FromSeconds(5),
            $"article {id} not found by «{query}»");

    private static async Task<List<int>> IdsAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(query));
        return [.. json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32())];
    }
}
