using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sahifa.Web.Tests.Hosting;

public class ErrorPagesTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/tags/nothing-here")]
    [InlineData("/authors/nobody")]
    public async Task Unknown_pages_get_the_arabic_404_with_the_site_around_it(string url)
    {
        var page = await factory.CreateClient().GetDocumentAsync(url, expectedStatus: 404);

        Assert.Equal("الصفحة غير موجودة", page.Text("h1"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector("a.skip-link"));
        Assert.Equal("/", page.QuerySelector(".error-page a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Unknown_api_route_gets_problem_json()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("not_found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Error_page_visited_directly_keeps_its_status()
    {
        using var response = await factory.CreateClient().GetAsync("/errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
