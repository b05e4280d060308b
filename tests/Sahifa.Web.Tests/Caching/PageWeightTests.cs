using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Caching;

public partial class PageWeightTests
{
    [Fact]
    public async Task A_thousand_word_article_and_its_stylesheet_weigh_under_30_KB_with_brotli()
    {
        using var factory = new SahifaFactory();
        var paragraph = string.Join(' ', Enumerable.Repeat("أعلنت الحكومة اليوم خطة جديدة لإصلاح شبكة المياه في المدينة", 10));
        var id = await factory.PublishAsync(SahifaFactory.Story("خطة لإصلاح شبكة المياه") with
        {
            Body = string.Join("\n\n", Enumerable.Repeat(paragraph, 10)),
            Tags = [new TagInput("مياه", null), new TagInput("خدمات", null)],
            Sources = ["وزارة الموارد المائية"],
        });
        var client = factory.CreateClient();
        var url = (await client.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;

        var (page, pageBytes) = await GetBrotliAsync(client, url);
        var stylesheet = StylesheetLink().Match(System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync(url))).Groups[1].Value;
        var (_, cssBytes) = await GetBrotliAsync(client, stylesheet);

        Assert.Equal("br", page.Content.Headers.ContentEncoding.Single());
        Assert.True(pageBytes + cssBytes < 30 * 1024, $"page {pageBytes} B + css {cssBytes} B");
    }

    private static async Task<(HttpResponseMessage Response, int Bytes)> GetBrotliAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await client.SendAsync(request);
        return (response, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();
}
