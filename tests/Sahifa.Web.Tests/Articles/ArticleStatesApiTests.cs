using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Tests.Articles;

/// The API speaks the newsroom's workflow: review, scheduled and unpublished, with the same
/// division of rights as the newsroom's pages.
public sealed class ArticleStatesApiTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    private static object Article(string title, string status, DateTimeOffset? publishedAt = null) => new
    {
        title,
        standfirst = "مقدمة.",
        body = "نص.",
        section = "مجتمع",
        status,
        publishedAt,
    };

    [Fact]
    public async Task A_writer_submits_for_review_but_may_not_schedule_or_unpublish()
    {
        using var writer = await site.ApiClientAsync(StaffRoles.Writer);
        using var created = await writer.PostAsJsonAsync("/api/v1/articles", Article("مادة للمراجعة", "review"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("review", json.GetProperty("status").GetString());

        using var scheduled = await writer.PostAsJsonAsync("/api/v1/articles", Article("مادة مجدولة من كاتب", "scheduled", SahifaFactory.Now.AddDays(1)));
        Assert.Equal(HttpStatusCode.Forbidden, scheduled.StatusCode);
        using var unpublished = await writer.PutAsJsonAsync($"/api/v1/articles/{json.GetProperty("id").GetInt32()}", Article("مادة للمراجعة", "unpublished"));
        Assert.Equal(HttpStatusCode.Forbidden, unpublished.StatusCode);
    }

    [Fact]
    public async Task Publishing_with_a_later_time_schedules_and_unpublishing_answers_gone()
    {
        using var editor = await site.ApiClientAsync(StaffRoles.Editor);
        using var created = await editor.PostAsJsonAsync("/api/v1/articles", Article("موعد لاحق", "published", SahifaFactory.Now.AddHours(3)));
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("scheduled", json.GetProperty("status").GetString());
        var id = json.GetProperty("id").GetInt32();
        var url = new Uri(json.GetProperty("url").GetString()!).PathAndQuery;

        using var reader = site.CreateClient();
        using var hidden = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        using var now = await editor.PutAsJsonAsync($"/api/v1/articles/{id}", Article("موعد لاحق", "published", SahifaFactory.Now.AddHours(-1)));
        Assert.Equal("published", (await now.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var visible = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);

        using var withdrawn = await editor.PutAsJsonAsync($"/api/v1/articles/{id}", Article("موعد لاحق", "unpublished"));
        Assert.Equal("unpublished", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var gone = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task An_unknown_state_is_a_validation_problem_in_arabic()
    {
        using var editor = await site.ApiClientAsync(StaffRoles.Editor);
        using var response = await editor.PostAsJsonAsync("/api/v1/articles", Article("حالة غريبة", "archived"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("review", problem.GetProperty("errors").GetProperty("status")[0].GetString());
    }
}
