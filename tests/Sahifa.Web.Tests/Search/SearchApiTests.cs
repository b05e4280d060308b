using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sahifa.Web.Tests.Search;

/// `GET /api/v1/search`: the contract fields, filters and problems.
public class SearchApiTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Results_carry_every_contract_field()
    {
        var id = await factory.PublishAsync(SearchFixture.Story("إعادة تأهيل مدرسة في منبج", "بدأت أعمال تأهيل مدرسة الشهداء في منبج.", section: "تعليم"));
        var client = factory.CreateClient();
        await client.IndexedAsync("منبج", id);

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("مدرسه منبج") + "&page=1");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        var result = json.GetProperty("results").EnumerateArray().Single();
        Assert.Equal(id, result.GetProperty("id").GetInt32());
        Assert.Equal("إعادة تأهيل مدرسة في منبج", result.GetProperty("title").GetString());
        Assert.Equal($"/articles/{id}/", new Uri(result.GetProperty("url").GetString()!).AbsolutePath[..($"/articles/{id}/".Length)]);
        Assert.Equal("بدأت أعمال تأهيل مدرسة الشهداء في منبج.", result.GetProperty("snippet").GetString());
        Assert.Equal("تعليم", result.GetProperty("section").GetString());
        Assert.Equal(SahifaFactory.Now.AddHours(-1), result.GetProperty("publishedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Result_url_is_the_canonical_url_of_the_page_under_the_configured_base_url()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Site:BaseUrl", "https://news.example/"));
        var id = await site.PublishAsync(SearchFixture.Story("افتتاح مكتبة في عامودا", "افتتحت مكتبة عامة في عامودا."));
        var client = site.CreateClient();
        // A new host builds its index first; on a busy machine that takes longer than IndexedAsync waits.
        Assert.Contains(id, await client.FoundAsync("عامودا", wait: TimeSpan.FromSeconds(60)));

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("عامودا"));

        var url = json.GetProperty("results").EnumerateArray().Single().GetProperty("url").GetString()!;
        var page = await client.GetDocumentAsync(new Uri(url).PathAndQuery);
        Assert.StartsWith("https://news.example/articles/", url);
        Assert.Equal(page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), url);
    }

    [Fact]
    public async Task Section_and_tag_narrow_the_results()
    {
        var inSection = await factory.PublishAsync(SearchFixture.Story("أسعار الخبز في الطبقة", "ارتفع سعر الخبز.", section: "اقتصاد"));
        var tagged = await factory.PublishAsync(SearchFixture.Story("طوابير الخبز في الطبقة", "طوابير أمام الأفران.", section: "مجتمع", tags: "الأفران"));
        var client = factory.CreateClient();
        await client.FoundAsync("الخبز الطبقة", expected: 2);

        var bySection = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("الخبز الطبقة") + "&section=" + Uri.EscapeDataString("اقتصاد"));
        var byTag = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("الخبز الطبقة") + "&tag=" + Uri.EscapeDataString("الأفران"));

        Assert.Equal([inSection], bySection.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal([tagged], byTag.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
    }

    [Theory]
    [InlineData("", "", "missing_query")]
    [InlineData("%20%20", "", "missing_query")]
    [InlineData("x", "0", "bad_paging")]
    [InlineData("x", "-3", "bad_paging")]
    [InlineData("x", "two", "bad_paging")]
    [InlineData("x", "1000000", "bad_paging")]
    public async Task Bad_input_answers_400_with_a_stable_code(string q, string page, string code)
    {
        using var response = await factory.CreateClient().GetAsync($"/api/v1/search?q={q}&page={page}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("detail").GetString()!, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Fact]
    public async Task Ten_thousand_characters_answer_400_query_too_long()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + new string('س', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("query_too_long", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("* ? ~ : [ ] { } ^ \\ /")]
    [InlineData("\"غير مغلق")]
    [InlineData("NOT AND OR")]
    [InlineData("في من إلى")]
    [InlineData("*")]
    public async Task Lucene_syntax_is_read_as_words(string q)
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }
}
