using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Sitemaps;

public class ServeRobotsTests
{
    [Fact]
    public async Task Robots_points_at_both_sitemaps_and_keeps_crawlers_out_of_the_newsroom()
    {
        using var site = new SahifaFactory();

        using var response = await site.CreateClient().GetAsync(ArticleUrls.Robots);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /newsroom/", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap-news.xml", lines);
        Assert.DoesNotContain("Disallow: /", lines);
    }

    [Fact]
    public async Task Robots_uses_the_configured_base_url()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Site:BaseUrl", "https://sahifa.example"));

        var robots = await site.CreateClient().GetStringAsync(ArticleUrls.Robots);

        Assert.Contains("Sitemap: https://sahifa.example/sitemap.xml\n", robots);
        Assert.Contains("Sitemap: https://sahifa.example/sitemap-news.xml\n", robots);
    }
}
