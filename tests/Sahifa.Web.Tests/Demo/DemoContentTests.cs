namespace Sahifa.Web.Tests.Demo;

/// A newcomer's first start: a dozen Arabic stories across sections, with every part filled in.
public class DemoContentTests(DemoSahifaFactory factory) : IClassFixture<DemoSahifaFactory>
{
    [Fact]
    public async Task First_start_loads_a_living_front_page()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.NotEmpty(page.Text(".lead-story .lead-headline"));
        Assert.Equal("عاجل", page.Text(".lead-story .breaking"));
        Assert.True(page.QuerySelectorAll(".section-block").Length >= 5);
        Assert.True(page.QuerySelectorAll(".section-nav li").Length >= 6);
    }

    [Fact]
    public async Task Every_demo_article_has_sources_tags_subheadings_and_a_byline()
    {
        var client = factory.CreateClient();
        var list = await client.GetDocumentAsync("/");
        var urls = list.QuerySelectorAll(".lead-headline a, .latest .card-headline a, .section-block .card-headline a")
            .Select(a => a.GetAttribute("href")!)
            .Distinct()
            .ToList();
        Assert.True(urls.Count >= 12, $"only {urls.Count} demo articles linked from the front page");

        var kinds = new HashSet<string>();
        foreach (var url in urls)
        {
            var page = await client.GetDocumentAsync(url);
            Assert.NotEmpty(page.Text(".standfirst"));
            Assert.NotEmpty(page.Text(".byline"));
            Assert.True(page.QuerySelectorAll(".article-body h2").Length >= 2, url);
            Assert.True(page.QuerySelectorAll(".sources a").Length >= 2, url);
            Assert.True(page.QuerySelectorAll(".tags a").Length >= 3, url);
            kinds.Add(page.Text(".article-header .type-of-work"));
        }

        Assert.Equal(new HashSet<string> { "خبر", "تحليل", "رأي", "مقابلة", "تدقيق معلومات" }, kinds);
    }

    [Fact]
    public async Task Demo_is_loaded_once_not_on_every_start()
    {
        await factory.CreateClient().GetAsync("/");
        using var second = factory.WithWebHostBuilder(_ => { });

        var page = await second.CreateClient().GetDocumentAsync("/");

        Assert.Equal(1, page.QuerySelectorAll(".lead-story").Length);
        var api = await second.CreateClient().GetStringAsync("/api/v1/articles?pageSize=100");
        Assert.Contains("\"total\":13", api);
    }
}
