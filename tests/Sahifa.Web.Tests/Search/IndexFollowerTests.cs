using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Search;

/// The index follows the content: what the public may read is searchable within a second, and
/// nothing else ever is.
public class IndexFollowerTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private static object Story(string title, string status = "published", DateTimeOffset? at = null) => new
    {
        title,
        standfirst = "مقدمة قصيرة.",
        body = "فقرة عن " + title + ".",
        section = "محليات",
        status,
        publishedAt = at ?? SahifaFactory.Now.AddHours(-1),
    };

    private static async Task<int> SaveAsync(HttpClient api, object story, int? id = null)
    {
        using var response = id is null
            ? await api.PostAsJsonAsync("/api/v1/articles", story)
            : await api.PutAsJsonAsync($"/api/v1/articles/{id}", story);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Publishing_editing_unpublishing_and_deleting_show_in_search_within_a_second()
    {
        var api = await factory.ApiClientAsync();
        var reader = factory.CreateClient();
        await reader.FoundAsync("تحمية", wait: TimeSpan.Zero);

        var id = await SaveAsync(api, Story("افتتاح مخبز آلي في تل أبيض"));
        await Eventually.WithinAsync(async () => (await reader.FoundAsync("مخبز تل ابيض", wait: TimeSpan.Zero)).Contains(id));

        await SaveAsync(api, Story("افتتاح فرن آلي في تل أبيض"), id);
        // Waited for by the word only the new headline has: the town matched before the edit too.
        await Eventually.WithinAsync(async () => (await reader.FoundAsync("فرن", wait: TimeSpan.Zero)).Contains(id));
        // The word the edit took out no longer matches.
        Assert.Empty(await reader.FoundAsync("مخبز", wait: TimeSpan.Zero));

        await SaveAsync(api, Story("افتتاح فرن آلي في تل أبيض", status: "draft"), id);
        await Eventually.WithinAsync(async () => (await reader.FoundAsync("فرن تل ابيض", wait: TimeSpan.Zero)).Count == 0);

        await SaveAsync(api, Story("افتتاح فرن آلي في تل أبيض"), id);
        await Eventually.WithinAsync(async () => (await reader.FoundAsync("فرن تل ابيض", wait: TimeSpan.Zero)).Contains(id));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            var article = await db.Articles.Include(a => a.Authors).Include(a => a.Sources).Include(a => a.Tags).SingleAsync(a => a.Id == id);
            db.Remove(article);
            await db.SaveChangesAsync();
        }

        await Eventually.WithinAsync(async () => (await reader.FoundAsync("فرن تل ابيض", wait: TimeSpan.Zero)).Count == 0);
    }

    [Fact]
    public async Task Drafts_never_appear_and_a_scheduled_story_appears_when_its_time_comes()
    {
        var api = await factory.ApiClientAsync();
        var reader = factory.CreateClient();
        var draft = await SaveAsync(api, Story("مسودة عن جسر الرشيد", status: "draft"));
        var scheduled = await SaveAsync(api, Story("موعد افتتاح جسر الرشيد", at: SahifaFactory.Now.AddHours(2)));
        var published = await SaveAsync(api, Story("ترميم جسر الرشيد"));

        await Eventually.WithinAsync(async () => (await reader.FoundAsync("جسر الرشيد", wait: TimeSpan.Zero)).Contains(published));
        Assert.Equal([published], await reader.FoundAsync("جسر الرشيد", wait: TimeSpan.Zero));

        // The clock only moves forward; the other tests here publish in its past, so they still hold.
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var found = await reader.FoundAsync("جسر الرشيد", wait: TimeSpan.Zero);
        Assert.Contains(scheduled, found);
        Assert.DoesNotContain(draft, found);
    }

    [Fact]
    public async Task Searches_keep_answering_while_many_stories_are_indexed()
    {
        var reader = factory.CreateClient();
        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await factory.PublishAsync(SearchFixture.Story($"نشرة الطقس في رأس العين {i}", "أمطار غزيرة."));
            }
        });

        while (!publishing.IsCompleted)
        {
            using var response = await reader.GetAsync("/search?q=" + Uri.EscapeDataString("الطقس رأس العين"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await publishing;
        await Eventually.WithinAsync(async () => (await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("الطقس رأس العين"))).GetProperty("total").GetInt32() == 40);
    }
}
