using Sahifa.Web.Articles;
using Sahifa.Web.Sitemaps;
using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Sitemaps;

/// The lead photograph in the article sitemaps and the news sitemap, as Google's image
/// extension wants it: image:image/image:loc, absolute, served.
public class SitemapPhotoTests
{
    [Fact]
    public async Task Article_and_news_sitemaps_name_the_lead_photograph_and_an_article_without_one_has_none()
    {
        using var site = new SahifaFactory();
        var withPhoto = await site.PublishWithPhotoAsync("الخبز يعود إلى الأفران", "فرن في القامشلي", hoursAgo: 1);
        await site.PublishAsync(SahifaFactory.Story("خبر بلا صورة", hoursAgo: 2));
        var client = site.CreateClient();

        // 1 March 2026, an hour or two before 10:00Z.
        foreach (var path in (string[])[ArticleUrls.Sitemap("articles-2026-03"), ArticleUrls.NewsSitemap])
        {
            var sitemap = await client.GetXmlAsync(path);

            Assert.Equal(SitemapWriter.ImageNamespace, sitemap.DocumentElement!.GetNamespaceOfPrefix("image"));
            var pictured = sitemap.SelectSingleNode($"/s:urlset/s:url[s:loc='{withPhoto}']", SitemapXml.Namespaces)!;
            var image = Assert.Single(pictured.SelectNodes("image:image/image:loc", SitemapXml.Namespaces)!.Cast<System.Xml.XmlNode>()).InnerText;
            await site.AssertServesImageAsync(image);
            var others = sitemap.SelectNodes($"/s:urlset/s:url[s:loc!='{withPhoto}']", SitemapXml.Namespaces)!.Cast<System.Xml.XmlNode>().ToList();
            Assert.Single(others);
            Assert.Null(others[0].SelectSingleNode("image:image", SitemapXml.Namespaces));
        }
    }

    [Fact]
    public void Archive_sitemaps_do_not_declare_the_image_namespace()
    {
        using var stream = new MemoryStream();
        SitemapWriter.WriteUrls(stream, [new SitemapEntry("https://sahifa.example/sections/x", null)]);

        Assert.DoesNotContain(SitemapWriter.ImageNamespace, System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
