using Sahifa.Web.Articles;
using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Caching;

/// What a page costs the database when the cache cannot help (it is off here): a fixed number of
/// queries, however much the article or archive holds.
public class QueryCountTests
{
    private static readonly (string, string) CacheOff = ("Sahifa:Caching:OutputCache", "false");

    [Fact]
    public async Task An_uncached_article_page_costs_at_most_three_queries_whatever_its_tags_sources_and_authors()
    {
        using var factory = new QueryCountingFactory(CacheOff);
        var plain = await factory.PublishAsync(SahifaFactory.Story("خبر قصير"));
        var rich = await factory.PublishAsync(SahifaFactory.Story("تحقيق مطوّل عن المياه") with
        {
            Tags = [.. Enumerable.Range(1, 12).Select(i => new TagInput($"وسم {i}", null))],
            Sources = [.. Enumerable.Range(1, 8).Select(i => $"مصدر {i}")],
            Byline = new BylineInput(null, [.. Enumerable.Range(1, 5).Select(i => $"كاتب {i}")]),
        });
        var reader = factory.CreateClient();

        foreach (var id in new[] { plain, rich })
        {
            var url = (await reader.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;
            // Once, for what every page shares and the process keeps (the section list).
            await reader.GetDocumentAsync(url);
            factory.Reset();
            await reader.GetDocumentAsync(url);
            Assert.True(factory.Queries <= 3, $"article {id}: {factory.Queries} queries\n" + string.Join("\n\n", factory.Commands));
        }
    }

    [Fact]
    public async Task Archive_and_front_pages_cost_the_same_for_one_story_as_for_twelve()
    {
        using var factory = new QueryCountingFactory(CacheOff);
        await factory.PublishAsync(SahifaFactory.Story("خبر وحيد", "ثقافة") with { Tags = [new TagInput("مسرح", null)] });
        for (var i = 0; i < 12; i++)
        {
            await factory.PublishAsync(SahifaFactory.Story($"خبر {i}", "رياضة") with
            {
                Tags = [new TagInput("دوري", null), new TagInput($"فريق {i}", null)],
                Byline = new BylineInput(null, ["مراسل رياضي"]),
            });
        }

        var reader = factory.CreateClient();
        await reader.GetDocumentAsync("/");
        foreach (var (one, many) in new[] { ("/sections/ثقافة", "/sections/رياضة"), ("/tags/مسرح", "/tags/دوري") })
        {
            factory.Reset();
            await reader.GetDocumentAsync(one);
            var forOne = factory.Queries;
            factory.Reset();
            await reader.GetDocumentAsync(many);
            Assert.Equal(forOne, factory.Queries);
            Assert.True(forOne <= 4, string.Join("\n\n", factory.Commands));
        }

        factory.Reset();
        await reader.GetDocumentAsync("/");
        Assert.True(factory.Queries <= 4, string.Join("\n\n", factory.Commands));
    }

    [Fact]
    public async Task Feeds_and_sitemaps_cost_no_more_queries_when_their_articles_carry_photographs()
    {
        using var factory = new QueryCountingFactory(CacheOff);
        for (var i = 0; i < 3; i++)
        {
            await factory.PublishAsync(SahifaFactory.Story($"خبر بلا صورة {i}", "رياضة", hoursAgo: 1));
        }

        var reader = factory.CreateClient();
        var sitemap = ArticleUrls.Sitemap("articles-2026-03");
        // Each path is asked twice and the second is counted: the first may find a lookup the
        // process keeps (sections, slugs) still being refreshed after the publishes above.
        async Task<int> CostAsync(string path)
        {
            using (var warm = await reader.GetAsync(path))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, warm.StatusCode);
            }

            factory.Reset();
            using var response = await reader.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return factory.Queries;
        }

        var plainFeed = await CostAsync("/sections/رياضة/feed.xml");
        var plainSitemap = await CostAsync(sitemap);
        var plainNews = await CostAsync(ArticleUrls.NewsSitemap);

        for (var i = 0; i < 3; i++)
        {
            await factory.PublishWithPhotoAsync($"خبر بصورة {i}", "صورة", hoursAgo: 1);
        }

        Assert.True(plainFeed == await CostAsync("/sections/مجتمع/feed.xml"), string.Join("\n\n", factory.Commands));
        Assert.True(plainSitemap == await CostAsync(sitemap), string.Join("\n\n", factory.Commands));
        Assert.True(plainNews == await CostAsync(ArticleUrls.NewsSitemap), string.Join("\n\n", factory.Commands));
    }
}
