using System.Net;
using System.Text.Json;
using System.Xml;
using Sahifa.Web.Articles;
using Sahifa.Web.Feeds;
using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Feeds;

/// The lead photograph in every feed format: an absolute URL on the site that serves the JPEG,
/// and nothing at all for an article without one.
public class FeedPhotoTests
{
    // Alt text is plain text: it must come through as itself, not as markup.
    private const string Alt = "باعة «الخبز» & <الخضار> \"صباحاً\" في سوق القامشلي";

    [Fact]
    public async Task Every_feed_format_carries_the_lead_photograph_as_an_absolute_served_url_and_an_article_without_one_has_none()
    {
        using var site = new SahifaFactory();
        var withPhoto = await site.PublishWithPhotoAsync("الخبز يعود إلى الأفران", Alt, hoursAgo: 1);
        await site.PublishAsync(SahifaFactory.Story("خبر بلا صورة", hoursAgo: 2));
        var client = site.CreateClient();

        // RSS: the enclosure, as System.ServiceModel.Syndication reads it, with the file's length.
        var rssBytes = await GetAsync(client, ArticleUrls.Feed(FeedFormat.Rss));
        var rss = FeedSamples.Parse(rssBytes, FeedFormat.Rss);
        Assert.Equal(["الخبز يعود إلى الأفران", "خبر بلا صورة"], rss.Items.Select(i => i.Title.Text));
        var enclosure = Assert.Single(rss.Items.First().Links, l => l.RelationshipType == "enclosure");
        Assert.Equal("image/jpeg", enclosure.MediaType);
        var imageUrl = enclosure.Uri.AbsoluteUri;
        Assert.Equal(await site.AssertServesImageAsync(imageUrl), enclosure.Length);
        Assert.DoesNotContain(rss.Items.Last().Links, l => l.RelationshipType == "enclosure");

        // ... and Media RSS, with the size, the alt text and the credit.
        var rssXml = FeedSamples.Xml(rssBytes);
        var media = new XmlNamespaceManager(rssXml.NameTable);
        media.AddNamespace("media", RssWriter.MediaNamespace);
        var content = (XmlElement)rssXml.SelectSingleNode("/rss/channel/item[1]/media:content", media)!;
        Assert.Equal(imageUrl, content.GetAttribute("url"));
        Assert.Equal("image", content.GetAttribute("medium"));
        Assert.Equal("image/jpeg", content.GetAttribute("type"));
        Assert.Equal("1200", content.GetAttribute("width"));
        Assert.Equal("1600", content.GetAttribute("height"));
        Assert.Equal(Alt, content.SelectSingleNode("media:description", media)!.InnerText);
        Assert.Equal(TestPhotos.IptcCredit, content.SelectSingleNode("media:credit", media)!.InnerText);
        Assert.Empty(rssXml.SelectNodes("/rss/channel/item[2]/media:content", media)!);

        // Atom: a link rel="enclosure".
        var atom = FeedSamples.Parse(await GetAsync(client, ArticleUrls.Feed(FeedFormat.Atom)), FeedFormat.Atom);
        var atomEnclosure = Assert.Single(atom.Items.First().Links, l => l.RelationshipType == "enclosure");
        Assert.Equal(imageUrl, atomEnclosure.Uri.AbsoluteUri);
        Assert.Equal("image/jpeg", atomEnclosure.MediaType);
        Assert.Equal(enclosure.Length, atomEnclosure.Length);
        Assert.DoesNotContain(atom.Items.Last().Links, l => l.RelationshipType == "enclosure");

        // JSON Feed: the item's image.
        using var json = JsonDocument.Parse(await GetAsync(client, ArticleUrls.Feed(FeedFormat.Json)));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(withPhoto, items[0].GetProperty("url").GetString());
        Assert.Equal(imageUrl, items[0].GetProperty("image").GetString());
        Assert.False(items[1].TryGetProperty("image", out _));
    }

    [Fact]
    public async Task Archive_feeds_carry_the_photograph_too()
    {
        using var site = new SahifaFactory();
        await site.PublishWithPhotoAsync("سوق الجمعة", "سوق مزدحم");

        var section = FeedSamples.Parse(await GetAsync(site.CreateClient(), ArticleUrls.Feed(FeedFormat.Rss, ArticleUrls.Section("مجتمع"))), FeedFormat.Rss);

        var enclosure = Assert.Single(section.Items.Single().Links, l => l.RelationshipType == "enclosure");
        await site.AssertServesImageAsync(enclosure.Uri.AbsoluteUri);
    }

    private static async Task<byte[]> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}

public class FeedImageWriterTests
{
    [Fact]
    public void A_photograph_stored_without_its_length_gives_rss_length_zero_and_atom_no_length()
    {
        var sample = FeedSamples.Document();
        var feed = sample with
        {
            Entries = [sample.Entries[0] with { Image = new FeedImage("https://sahifa.example/media/7/1200-ab.jpg", 1200, 800, "image/jpeg", 0, "", "") }],
        };

        var rss = FeedSamples.Xml(FeedSamples.Write(FeedFormat.Rss, feed));
        var enclosure = (XmlElement)rss.SelectSingleNode("/rss/channel/item/enclosure")!;
        Assert.Equal("0", enclosure.GetAttribute("length"));
        Assert.Equal("https://sahifa.example/media/7/1200-ab.jpg", enclosure.GetAttribute("url"));

        var atom = FeedSamples.Parse(FeedSamples.Write(FeedFormat.Atom, feed), FeedFormat.Atom);
        var link = Assert.Single(atom.Items.Single().Links, l => l.RelationshipType == "enclosure");
        Assert.Equal(0, link.Length);
        Assert.DoesNotContain("length=", System.Text.Encoding.UTF8.GetString(FeedSamples.Write(FeedFormat.Atom, feed)), StringComparison.Ordinal);
    }
}
