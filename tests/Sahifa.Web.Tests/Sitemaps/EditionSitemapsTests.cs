using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using Sahifa.Web.Articles;
using Sahifa.Web.Sitemaps;
using Sahifa.Web.Tests.Caching;
using Sahifa.Web.Tests.Editions;

namespace Sahifa.Web.Tests.Sitemaps;

/// Each edition's sitemaps on a four-edition site, and robots.txt naming them all.
public class EditionSitemapsTests
{
    private static readonly (string, string)[] FourEditions =
    [
        ("Sahifa:Editions:0:Code", "ar"),
        ("Sahifa:Editions:1:Code", "en"),
        ("Sahifa:Editions:2:Code", "ckb"),
        ("Sahifa:Editions:3:Code", "kmr"),
    ];

    // The bridge story in all four editions, by edition code: its public URL.
    private static async Task<Dictionary<string, string>> PublishBridgeStoryAsync(HttpClient api, string suffix = "")
    {
        var ar = await CreateAsync(api, EditionsTests.Story("افتتاح جسر القامشلي بعد ترميمه" + suffix, "اقتصاد", "ar"));
        var en = await CreateAsync(api, EditionsTests.Story("Qamishli bridge reopens after repairs" + suffix, "Economy", "en", ar.Id));
        var ckb = await CreateAsync(api, EditionsTests.Story("پردی قامیشلۆ دوای نۆژەنکردنەوە کرایەوە" + suffix, "ئابووری", "ckb", ar.Id));
        var kmr = await CreateAsync(api, EditionsTests.Story("Pira Qamişloyê piştî tamîrê hat vekirin" + suffix, "Aborî", "kmr", ar.Id));
        return new() { ["ar"] = ar.Url, ["en"] = en.Url, ["ckb"] = ckb.Url, ["kmr"] = kmr.Url };
    }

    private static async Task<(int Id, string Url)> CreateAsync(HttpClient api, object story)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/articles", story);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("id").GetInt32(), json.GetProperty("url").GetString()!);
    }

    [Fact]
    public async Task Each_article_file_lists_its_editions_story_with_every_translation_and_the_primary_as_default()
    {
        using var site = EditionsTests.FourEditions();
        var api = await site.ApiClientAsync();
        var urls = await PublishBridgeStoryAsync(api);
        var alone = await CreateAsync(api, EditionsTests.Story("سوق الحسكة يعود إلى العمل", "اقتصاد", "ar"));
        var client = site.CreateClient();

        foreach (var (prefix, code) in new[] { ("", "ar"), ("/en", "en"), ("/ckb", "ckb"), ("/kmr", "kmr") })
        {
            var sitemap = await client.GetXmlAsync(prefix + ArticleUrls.Sitemap("articles-2026-03"));

            Assert.Equal(SitemapWriter.XhtmlNamespace, sitemap.DocumentElement!.GetNamespaceOfPrefix("xhtml"));
            var expected = code == "ar" ? new[] { urls["ar"], alone.Url } : [urls[code]];
            Assert.Equal(expected.Order(StringComparer.Ordinal), sitemap.Texts("/s:urlset/s:url/s:loc").Order(StringComparer.Ordinal));
            var links = Alternates(sitemap, urls[code]);
            Assert.Equal(
                [("ar", urls["ar"]), ("en", urls["en"]), ("ckb", urls["ckb"]), ("kmr", urls["kmr"]), ("x-default", urls["ar"])],
                links);
        }

        // A story told in one language only has nobody to point at.
        Assert.Empty(Alternates(await client.GetXmlAsync(ArticleUrls.Sitemap("articles-2026-03")), alone.Url));
    }

    [Fact]
    public async Task A_translation_still_in_draft_is_not_offered_as_an_alternate()
    {
        using var site = EditionsTests.FourEditions();
        var api = await site.ApiClientAsync();
        var ar = await CreateAsync(api, EditionsTests.Story("افتتاح جسر القامشلي بعد ترميمه", "اقتصاد", "ar"));
        var en = await CreateAsync(api, EditionsTests.Story("Qamishli bridge reopens after repairs", "Economy", "en", ar.Id));
        using var draft = await api.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Pira Qamişloyê piştî tamîrê hat vekirin",
            standfirst = "Pira Qamişloyê.",
            body = "Paragrafa yekem.",
            section = "Aborî",
            status = "draft",
            edition = "kmr",
            translationOf = ar.Id,
        });
        Assert.True(draft.StatusCode == HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());

        var sitemap = await site.CreateClient().GetXmlAsync("/en" + ArticleUrls.Sitemap("articles-2026-03"));

        Assert.Equal([("ar", ar.Url), ("en", en.Url), ("x-default", ar.Url)], Alternates(sitemap, en.Url));
    }

    [Fact]
    public async Task Each_edition_has_its_own_index_of_its_own_files_under_its_prefix()
    {
        using var site = EditionsTests.FourEditions();
        await PublishBridgeStoryAsync(await site.ApiClientAsync());
        var client = site.CreateClient();

        var index = await client.GetXmlAsync("/en" + ArticleUrls.SitemapIndex);
        var files = index.Texts("/s:sitemapindex/s:sitemap/s:loc").Select(SitemapXml.PathOf).ToList();

        Assert.Equal(
            ["/en/sitemaps/pages.xml", "/en/sitemaps/sections.xml", "/en/sitemaps/authors.xml", "/en/sitemaps/articles-2026-03.xml"],
            files);
        Assert.Equal(["/en/sections/economy"], (await client.GetXmlAsync("/en/sitemaps/sections.xml")).Texts("/s:urlset/s:url/s:loc").Select(SitemapXml.PathOf));
        Assert.Equal(["/en/authors/leyla-dawid"], (await client.GetXmlAsync("/en/sitemaps/authors.xml")).Texts("/s:urlset/s:url/s:loc").Select(SitemapXml.PathOf));
        var pages = await client.GetXmlAsync("/en/sitemaps/pages.xml");
        Assert.Equal(["/en/"], pages.Texts("/s:urlset/s:url/s:loc").Select(SitemapXml.PathOf));
        // The front page's alternates are every edition's front page, as its head names them.
        Assert.Equal(
            [("ar", "http://localhost/"), ("en", "http://localhost/en/"), ("ckb", "http://localhost/ckb/"), ("kmr", "http://localhost/kmr/"), ("x-default", "http://localhost/")],
            Alternates(pages, "http://localhost/en/"));
        // The primary's index names only the primary's files.
        Assert.All((await client.GetXmlAsync(ArticleUrls.SitemapIndex)).Texts("/s:sitemapindex/s:sitemap/s:loc").Select(SitemapXml.PathOf),
            path => Assert.StartsWith("/sitemaps/", path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "ar", "افتتاح جسر القامشلي بعد ترميمه")]
    [InlineData("/en", "en", "Qamishli bridge reopens after repairs")]
    [InlineData("/ckb", "ckb", "پردی قامیشلۆ دوای نۆژەنکردنەوە کرایەوە")]
    // Kurmanji is "ku" to Google News: see SitemapWriter.NewsLanguage.
    [InlineData("/kmr", "ku", "Pira Qamişloyê piştî tamîrê hat vekirin")]
    public async Task Each_editions_news_sitemap_lists_its_own_stories_in_its_language(string prefix, string language, string headline)
    {
        using var site = EditionsTests.FourEditions();
        await PublishBridgeStoryAsync(await site.ApiClientAsync());

        var news = await site.CreateClient().GetXmlAsync(prefix + ArticleUrls.NewsSitemap);

        Assert.Equal([headline], news.Texts("/s:urlset/s:url/news:news/news:title"));
        Assert.Equal([language], news.Texts("/s:urlset/s:url/news:news/news:publication/news:language"));
        Assert.Equal(["صحيفة"], news.Texts("/s:urlset/s:url/news:news/news:publication/news:name"));
    }

    [Fact]
    public async Task Robots_lists_every_editions_index_and_news_sitemap_and_keeps_crawlers_out_of_every_search()
    {
        using var site = EditionsTests.FourEditions();

        var lines = (await site.CreateClient().GetStringAsync(ArticleUrls.Robots)).Split('\n');

        foreach (var prefix in new[] { "", "/en", "/ckb", "/kmr" })
        {
            Assert.Contains($"Sitemap: http://localhost{prefix}/sitemap.xml", lines);
            Assert.Contains($"Sitemap: http://localhost{prefix}/sitemap-news.xml", lines);
            Assert.Contains($"Disallow: {prefix}/search", lines);
        }

        using var elsewhere = await site.CreateClient().GetAsync("/en" + ArticleUrls.Robots);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task An_article_file_costs_the_same_queries_for_one_translated_story_as_for_three()
    {
        using var factory = new QueryCountingFactory([.. FourEditions, ("Sahifa:Caching:OutputCache", "false")]);
        var api = await factory.ApiClientAsync();
        await PublishBridgeStoryAsync(api);
        var reader = factory.CreateClient();
        var path = ArticleUrls.Sitemap("articles-2026-03");

        async Task<int> CostAsync()
        {
            using (var warm = await reader.GetAsync(path))
            {
                Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            }

            factory.Reset();
            using var response = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return factory.Queries;
        }

        var forOne = await CostAsync();
        await PublishBridgeStoryAsync(api, " 2");
        await PublishBridgeStoryAsync(api, " 3");

        Assert.True(forOne == await CostAsync(), string.Join("\n\n", factory.Commands));
    }

    [Fact]
    public async Task A_one_edition_sites_article_file_declares_no_alternates()
    {
        using var site = new SahifaFactory();
        await site.PublishAsync(SahifaFactory.Story("خبر"));

        using var response = await site.CreateClient().GetAsync(ArticleUrls.Sitemap("articles-2026-03"));

        Assert.DoesNotContain(SitemapWriter.XhtmlNamespace, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<(string HrefLang, string Href)> Alternates(XmlDocument sitemap, string loc)
    {
        var namespaces = new XmlNamespaceManager(new NameTable());
        namespaces.AddNamespace("s", SitemapWriter.Namespace);
        namespaces.AddNamespace("xhtml", SitemapWriter.XhtmlNamespace);
        return sitemap.SelectNodes($"/s:urlset/s:url[s:loc='{loc}']/xhtml:link[@rel='alternate']", namespaces)!.Cast<XmlElement>()
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href")))
            .ToList();
    }
}
