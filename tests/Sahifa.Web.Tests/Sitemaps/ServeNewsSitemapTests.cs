using System.Net;
using System.Xml;
using Sahifa.Web.Articles;
using Sahifa.Web.Sitemaps;

namespace Sahifa.Web.Tests.Sitemaps;

public class ServeNewsSitemapTests
{
    [Fact]
    public async Task News_sitemap_lists_the_last_48_hours_as_google_news_wants_them()
    {
        using var site = new SahifaFactory();
        var recent = await site.PublishAsync(SahifaFactory.Story("عاجل: «الإدارة» تعلن & تنفي <رسمياً> \"الخبر\"؟", hoursAgo: 1));
        var older = await site.PublishAsync(SahifaFactory.Story("خبر من أمس الأول", hoursAgo: 47));
        await site.PublishAsync(SahifaFactory.Story("خبر أقدم من يومين", hoursAgo: 49));
        await site.PublishAsync(SahifaFactory.Story("مسودة") with { Status = "draft", PublishedAt = null });
        await site.PublishAsync(SahifaFactory.Story("مجدول", hoursAgo: -1));
        var client = site.CreateClient();

        var news = await client.GetXmlAsync(ArticleUrls.NewsSitemap);

        Assert.Equal("urlset", news.DocumentElement!.LocalName);
        Assert.Equal(SitemapWriter.Namespace, news.DocumentElement.NamespaceURI);
        Assert.Equal([await CanonicalAsync(client, recent), await CanonicalAsync(client, older)], news.Texts("/s:urlset/s:url/s:loc").Select(SitemapXml.PathOf));
        var first = (XmlElement)news.SelectSingleNode("/s:urlset/s:url[1]/news:news", SitemapXml.Namespaces)!;
        Assert.Equal("صحيفة", first.SelectSingleNode("news:publication/news:name", SitemapXml.Namespaces)!.InnerText);
        Assert.Equal("ar", first.SelectSingleNode("news:publication/news:language", SitemapXml.Namespaces)!.InnerText);
        Assert.Equal("عاجل: «الإدارة» تعلن & تنفي <رسمياً> \"الخبر\"؟", first.SelectSingleNode("news:title", SitemapXml.Namespaces)!.InnerText);
        // An hour before 10:00Z is 12:00 in Damascus.
        Assert.Equal("2026-03-01T12:00:00+03:00", first.SelectSingleNode("news:publication_date", SitemapXml.Namespaces)!.InnerText);
    }

    [Fact]
    public async Task Articles_age_out_of_the_news_sitemap_with_the_clock_and_its_validators_change()
    {
        using var site = new SahifaFactory();
        var recent = await site.PublishAsync(SahifaFactory.Story("خبر الساعة", hoursAgo: 1));
        await site.PublishAsync(SahifaFactory.Story("خبر من أمس الأول", hoursAgo: 47));
        var client = site.CreateClient();
        using var before = await client.GetAsync(ArticleUrls.NewsSitemap);
        Assert.Equal(2, (await client.GetXmlAsync(ArticleUrls.NewsSitemap)).Texts("/s:urlset/s:url").Count);

        site.Clock.Advance(TimeSpan.FromHours(2));

        var after = await client.GetXmlAsync(ArticleUrls.NewsSitemap);
        Assert.Equal([await CanonicalAsync(client, recent)], after.Texts("/s:urlset/s:url/s:loc").Select(SitemapXml.PathOf));
        using var request = new HttpRequestMessage(HttpMethod.Get, ArticleUrls.NewsSitemap);
        request.Headers.IfModifiedSince = before.Content.Headers.LastModified;
        using var byDate = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, byDate.StatusCode);
        using var byEtag = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, ArticleUrls.NewsSitemap) { Headers = { IfNoneMatch = { before.Headers.ETag! } } });
        Assert.Equal(HttpStatusCode.OK, byEtag.StatusCode);

        site.Clock.Advance(TimeSpan.FromHours(47));

        Assert.Empty((await client.GetXmlAsync(ArticleUrls.NewsSitemap)).Texts("/s:urlset/s:url"));
    }

    private static async Task<string> CanonicalAsync(HttpClient client, int id) =>
        (await client.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;
}
