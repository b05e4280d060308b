using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using Sahifa.Web.Localisation;
using Sahifa.Web.Tests.Editions;

namespace Sahifa.Web.Tests.Feeds;

/// Each edition's feeds on a four-edition site (Arabic at `/`, English, Sorani and Kurmanji under
/// their codes): its own stories, links within it, its language.
public class EditionFeedsTests
{
    private static readonly InterfaceText Text = new();

    // The bridge story in Arabic, English and Sorani, and an Arabic story told only in Arabic.
    private static async Task<Dictionary<string, string>> PublishAsync(HttpClient api)
    {
        var ar = await CreateAsync(api, EditionsTests.Story("افتتاح جسر القامشلي بعد ترميمه", "اقتصاد", "ar", tag: "القامشلي"));
        var en = await CreateAsync(api, EditionsTests.Story("Qamishli bridge reopens after repairs", "Economy", "en", ar.Id, "Qamishli"));
        var ckb = await CreateAsync(api, EditionsTests.Story("پردی قامیشلۆ دوای نۆژەنکردنەوە کرایەوە", "ئابووری", "ckb", ar.Id));
        await CreateAsync(api, EditionsTests.Story("سوق الحسكة يعود إلى العمل", "اقتصاد", "ar"));
        return new() { ["ar"] = ar.Url, ["en"] = en.Url, ["ckb"] = ckb.Url };
    }

    private static async Task<(int Id, string Url)> CreateAsync(HttpClient api, object story)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/articles", story);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("id").GetInt32(), json.GetProperty("url").GetString()!);
    }

    [Fact]
    public async Task The_English_rss_feed_lists_only_English_stories_in_English_with_links_under_en()
    {
        using var site = EditionsTests.FourEditions();
        var urls = await PublishAsync(await site.ApiClientAsync());

        var rss = await GetXmlAsync(site.CreateClient(), "/en/feed.xml", "application/rss+xml");

        Assert.Equal("en", Single(rss, "/rss/channel/language"));
        Assert.Equal("http://localhost/en/", Single(rss, "/rss/channel/link"));
        Assert.Equal("http://localhost/en/feed.xml", rss.SelectSingleNode("/rss/channel/*[local-name()='link']/@href")!.Value);
        Assert.Equal(Say("en", "Site.Tagline"), Single(rss, "/rss/channel/description"));
        Assert.Equal(["Qamishli bridge reopens after repairs"], Texts(rss, "/rss/channel/item/title"));
        // The article's address is the same in every edition; its archives are the edition's.
        Assert.Equal([urls["en"]], Texts(rss, "/rss/channel/item/link"));
        Assert.Equal(["http://localhost/en/sections/economy", "http://localhost/en/tags/qamishli"], Attributes(rss, "/rss/channel/item/category/@domain"));
    }

    [Fact]
    public async Task The_English_atom_and_json_feeds_say_they_are_English_and_link_within_the_edition()
    {
        using var site = EditionsTests.FourEditions();
        await PublishAsync(await site.ApiClientAsync());
        var client = site.CreateClient();

        var atom = await GetXmlAsync(client, "/en/atom.xml", "application/atom+xml");
        Assert.Equal("en", atom.DocumentElement!.GetAttribute("xml:lang"));
        Assert.Equal(["http://localhost/en/atom.xml"], Attributes(atom, "/*[local-name()='feed']/*[local-name()='link'][@rel='self']/@href"));
        Assert.Equal(["http://localhost/en/"], Attributes(atom, "/*[local-name()='feed']/*[local-name()='link'][@rel='alternate']/@href"));
        Assert.Equal(["http://localhost/en/authors/leyla-dawid"], Texts(atom, "//*[local-name()='entry']/*[local-name()='author']/*[local-name()='uri']"));

        using var response = await client.GetAsync("/en/feed.json");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.Equal("http://localhost/en/", json.GetProperty("home_page_url").GetString());
        Assert.Equal("http://localhost/en/feed.json", json.GetProperty("feed_url").GetString());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal("Qamishli bridge reopens after repairs", item.GetProperty("title").GetString());
        Assert.Equal("http://localhost/en/authors/leyla-dawid", item.GetProperty("authors")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/en/feed.json", "ltr", "en")]
    [InlineData("/ckb/feed.json", "rtl", "ckb")]
    [InlineData("/feed.json", "rtl", "ar")]
    public async Task The_full_text_is_marked_with_its_editions_language_and_direction(string path, string direction, string language)
    {
        using var site = EditionsTests.FourEditions();
        await PublishAsync(await site.ApiClientAsync());

        using var response = await site.CreateClient().GetAsync(path);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(language, json.GetProperty("language").GetString());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.StartsWith($"<div dir=\"{direction}\" lang=\"{language}\">", item.GetProperty("content_html").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_primary_feed_of_a_four_edition_site_lists_only_the_Arabic_stories()
    {
        using var site = EditionsTests.FourEditions();
        await PublishAsync(await site.ApiClientAsync());

        var rss = await GetXmlAsync(site.CreateClient(), "/feed.xml", "application/rss+xml");

        Assert.Equal("ar", Single(rss, "/rss/channel/language"));
        Assert.Equal("http://localhost/", Single(rss, "/rss/channel/link"));
        // Published at the same minute, so the later one first.
        Assert.Equal(["سوق الحسكة يعود إلى العمل", "افتتاح جسر القامشلي بعد ترميمه"], Texts(rss, "/rss/channel/item/title"));
    }

    [Fact]
    public async Task An_archive_feed_is_found_by_its_slug_within_the_edition_and_described_in_its_language()
    {
        using var site = EditionsTests.FourEditions();
        var api = await site.ApiClientAsync();
        await PublishAsync(api);
        // Kurmanji's economy section has the same slug as English's: "economy".
        await CreateAsync(api, EditionsTests.Story("Bazara Hesekê dîsa vebû", "Economy", "kmr"));
        var client = site.CreateClient();

        var english = await GetXmlAsync(client, "/en/sections/economy/feed.xml", "application/rss+xml");
        var kurmanji = await GetXmlAsync(client, "/kmr/sections/economy/feed.xml", "application/rss+xml");
        using var primary = await client.GetAsync("/sections/economy/feed.xml");

        Assert.Equal(["Qamishli bridge reopens after repairs"], Texts(english, "/rss/channel/item/title"));
        Assert.Equal("http://localhost/en/sections/economy", Single(english, "/rss/channel/link"));
        Assert.Equal("http://localhost/en/sections/economy/feed.xml", english.SelectSingleNode("/rss/channel/*[local-name()='link']/@href")!.Value);
        Assert.Equal(Say("en", "Feeds.SectionDescription", "Economy"), Single(english, "/rss/channel/description"));
        Assert.Equal(["Bazara Hesekê dîsa vebû"], Texts(kurmanji, "/rss/channel/item/title"));
        Assert.Equal("kmr", Single(kurmanji, "/rss/channel/language"));
        Assert.Equal(HttpStatusCode.NotFound, primary.StatusCode);
    }

    [Fact]
    public async Task An_editions_feed_has_its_own_etag_though_its_path_is_routed_as_the_primarys()
    {
        using var site = EditionsTests.FourEditions();
        await PublishAsync(await site.ApiClientAsync());
        var client = site.CreateClient();
        using var arabic = await client.GetAsync("/feed.xml");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/feed.xml");
        request.Headers.IfNoneMatch.Add(arabic.Headers.ETag!);
        using var english = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(arabic.Headers.ETag, english.Headers.ETag);
    }

    private static string Say(string language, string key, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Text.Get(key, CultureInfo.GetCultureInfo(language)).Value, arguments);

    private static async Task<XmlDocument> GetXmlAsync(HttpClient client, string path, string mediaType)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return FeedSamples.Xml(await response.Content.ReadAsByteArrayAsync());
    }

    private static string Single(XmlDocument xml, string xpath) => Assert.Single(Texts(xml, xpath));

    private static List<string> Texts(XmlDocument xml, string xpath) =>
        xml.SelectNodes(xpath)!.Cast<XmlNode>().Select(n => n.InnerText).ToList();

    private static List<string> Attributes(XmlDocument xml, string xpath) =>
        xml.SelectNodes(xpath)!.Cast<XmlNode>().Select(n => n.Value!).ToList();
}
