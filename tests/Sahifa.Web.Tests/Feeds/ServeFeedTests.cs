using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Tests.Feeds;

public class ServeFeedTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private static readonly TimeSpan Damascus = TimeSpan.FromHours(3);

    [Fact]
    public async Task Site_feed_in_every_format_lists_published_articles_newest_first_with_absolute_links_and_dates()
    {
        using var site = new SahifaFactory();
        var older = await site.PublishAsync(SahifaFactory.Story("افتتاح السوق الجديد", "اقتصاد", hoursAgo: 5));
        var newer = await site.PublishAsync(SahifaFactory.Story("جلسة المجلس المحلي", "سياسة", hoursAgo: 2) with
        {
            Byline = new BylineInput(null, ["ليلى داود"]),
            Tags = [new TagInput("الحسكة", "place")],
        });
        await site.PublishAsync(SahifaFactory.Story("مسودة لا تُنشر") with { Status = "draft", PublishedAt = null });
        await site.PublishAsync(SahifaFactory.Story("مادة مجدولة للغد", hoursAgo: -24));
        var client = site.CreateClient();
        var newerUrl = await AbsoluteCanonicalAsync(client, newer);
        var olderUrl = await AbsoluteCanonicalAsync(client, older);

        foreach (var format in (FeedFormat[])[FeedFormat.Rss, FeedFormat.Atom])
        {
            var feed = await GetSyndicationAsync(client, ArticleUrls.Feed(format), format);

            Assert.Equal(["جلسة المجلس المحلي", "افتتاح السوق الجديد"], feed.Items.Select(i => i.Title.Text));
            var item = feed.Items.First();
            Assert.Equal(new Uri(newerUrl), item.Links.First(l => l.RelationshipType is null or "alternate").Uri);
            Assert.Equal(newerUrl, item.Id);
            // 2 hours before 10:00Z is 08:00Z: 11:00 in Damascus.
            Assert.Equal(new DateTimeOffset(2026, 3, 1, 11, 0, 0, Damascus), item.PublishDate);
            Assert.Equal(Damascus, item.PublishDate.Offset);
            Assert.Equal(["سياسة", "الحسكة"], item.Categories.Select(c => c.Name));
            Assert.Equal(new Uri(olderUrl), feed.Items.Last().Links.First().Uri);
        }

        var json = await GetJsonAsync(client, ArticleUrls.Feed(FeedFormat.Json));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["جلسة المجلس المحلي", "افتتاح السوق الجديد"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(newerUrl, items[0].GetProperty("url").GetString());
        Assert.Equal("2026-03-01T11:00:00+03:00", items[0].GetProperty("date_published").GetString());
        Assert.Equal([("ليلى داود", "http://localhost/authors/" + Uri.EscapeDataString("ليلى-داود"))],
            items[0].GetProperty("authors").EnumerateArray().Select(a => (a.GetProperty("name").GetString(), a.GetProperty("url").GetString())));
        Assert.Equal([("قسم الأخبار", (string?)null)],
            items[1].GetProperty("authors").EnumerateArray().Select(a => (a.GetProperty("name").GetString(), a.TryGetProperty("url", out var u) ? u.GetString() : null)));
        Assert.Equal("http://localhost/feed.json", json.GetProperty("feed_url").GetString());
        Assert.Equal("http://localhost/", json.GetProperty("home_page_url").GetString());
    }

    [Theory]
    [InlineData("/feed.xml", "application/rss+xml")]
    [InlineData("/atom.xml", "application/atom+xml")]
    [InlineData("/feed.json", "application/feed+json")]
    public async Task Feeds_have_their_media_type_set_no_cookie_and_may_be_cached_for_five_minutes(string path, string mediaType)
    {
        await factory.PublishAsync(SahifaFactory.Story("خبر لفحص الترويسات"));

        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Archive_feeds_carry_only_the_articles_of_their_section_tag_source_and_author()
    {
        await factory.PublishAsync(SahifaFactory.Story("موسم القطن في الحسكة", "زراعة") with
        {
            Tags = [new TagInput("القطن", null)],
            Sources = ["وكالة الخابور للأنباء"],
            Byline = new BylineInput(null, ["هيفاء الأحمد"]),
        });
        await factory.PublishAsync(SahifaFactory.Story("أسعار البذار", "زراعة", hoursAgo: 3));
        await factory.PublishAsync(SahifaFactory.Story("معرض الكتاب", "ثقافة") with { Tags = [new TagInput("القطن", null)] });
        var client = factory.CreateClient();

        var section = await GetSyndicationAsync(client, ArticleUrls.Feed(FeedFormat.Rss, ArticleUrls.Section("زراعة")), FeedFormat.Rss);
        var tag = await GetSyndicationAsync(client, ArticleUrls.Feed(FeedFormat.Atom, ArticleUrls.Tag("القطن")), FeedFormat.Atom);
        var source = await GetJsonAsync(client, ArticleUrls.Feed(FeedFormat.Json, ArticleUrls.Source("وكالة-الخابور-للأنباء")));
        var author = await GetSyndicationAsync(client, ArticleUrls.Feed(FeedFormat.Rss, ArticleUrls.Author("هيفاء-الأحمد")), FeedFormat.Rss);

        Assert.Equal(["موسم القطن في الحسكة", "أسعار البذار"], section.Items.Select(i => i.Title.Text));
        Assert.Equal("زراعة | صحيفة", section.Title.Text);
        Assert.Equal(new Uri("http://localhost" + ArticleUrls.Section("زراعة")), section.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(["معرض الكتاب", "موسم القطن في الحسكة"], tag.Items.Select(i => i.Title.Text));
        Assert.Equal("القطن | صحيفة", tag.Title.Text);
        Assert.Equal(["موسم القطن في الحسكة"], source.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal("http://localhost" + ArticleUrls.Feed(FeedFormat.Json, ArticleUrls.Source("وكالة-الخابور-للأنباء")), source.GetProperty("feed_url").GetString());
        Assert.Equal(["موسم القطن في الحسكة"], author.Items.Select(i => i.Title.Text));
    }

    [Theory]
    [InlineData("/sections/no-such-section/feed.xml")]
    [InlineData("/tags/no-such-tag/atom.xml")]
    [InlineData("/sources/no-such-source/feed.json")]
    [InlineData("/authors/no-such-author/feed.xml")]
    public async Task Feed_of_an_unknown_archive_is_404(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Feed_carries_the_configured_number_of_newest_items()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Feeds:Items", "2"));
        for (var i = 1; i <= 3; i++)
        {
            await site.PublishAsync(SahifaFactory.Story($"خبر رقم {i}", hoursAgo: 10 - i));
        }

        var feed = await GetSyndicationAsync(site.CreateClient(), "/feed.xml", FeedFormat.Rss);

        Assert.Equal(["خبر رقم 3", "خبر رقم 2"], feed.Items.Select(i => i.Title.Text));
    }

    [Fact]
    public async Task Full_text_is_in_every_format_by_default_with_links_made_absolute()
    {
        using var site = new SahifaFactory();
        await site.PublishAsync(SahifaFactory.Story("تقرير بمصادر") with { Body = "وفق [المصدر](/sources/abc) و[موقع آخر](https://example.org/x)." });
        var client = site.CreateClient();

        var rss = await GetSyndicationAsync(client, "/feed.xml", FeedFormat.Rss);
        var atom = await GetSyndicationAsync(client, "/atom.xml", FeedFormat.Atom);
        var json = await GetJsonAsync(client, "/feed.json");

        var fromRss = rss.Items.Single().ElementExtensions.ReadElementExtensions<string>("encoded", RssWriter.ContentNamespace).Single();
        var fromAtom = ((TextSyndicationContent)atom.Items.Single().Content).Text;
        var fromJson = json.GetProperty("items")[0].GetProperty("content_html").GetString();
        foreach (var html in new[] { fromRss, fromAtom, fromJson })
        {
            var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html!).Body!;
            Assert.Equal("rtl", body.FirstElementChild!.GetAttribute("dir"));
            Assert.Equal(["http://localhost/sources/abc", "https://example.org/x"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public async Task Summary_only_setting_leaves_the_body_out_of_every_format()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Feeds:FullContent", "false"));
        await site.PublishAsync(SahifaFactory.Story("خبر بملخص فقط") with { Standfirst = "الملخص وحده." });
        var client = site.CreateClient();

        var rss = await GetSyndicationAsync(client, "/feed.xml", FeedFormat.Rss);
        var atom = await GetSyndicationAsync(client, "/atom.xml", FeedFormat.Atom);
        var json = await GetJsonAsync(client, "/feed.json");

        Assert.Equal("الملخص وحده.", rss.Items.Single().Summary.Text);
        Assert.Empty(rss.Items.Single().ElementExtensions.ReadElementExtensions<string>("encoded", RssWriter.ContentNamespace));
        Assert.Null(atom.Items.Single().Content);
        Assert.Equal("الملخص وحده.", atom.Items.Single().Summary.Text);
        var item = json.GetProperty("items")[0];
        Assert.False(item.TryGetProperty("content_html", out _));
        Assert.Equal("الملخص وحده.", item.GetProperty("content_text").GetString());
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/feed.json")]
    public async Task Repeated_conditional_get_answers_304_by_etag_and_by_date_until_something_is_published(string path)
    {
        using var site = new SahifaFactory();
        await site.PublishAsync(SahifaFactory.Story("خبر أول", hoursAgo: 3));
        var client = site.CreateClient();

        using var first = await client.GetAsync(path);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Equal(SahifaFactory.Now, lastModified); // when it was saved, dated three hours back

        using var byEtag = await ConditionalGetAsync(client, path, etag, null);
        Assert.Equal(HttpStatusCode.NotModified, byEtag.StatusCode);
        Assert.Equal(etag, byEtag.Headers.ETag);
        Assert.Empty(await byEtag.Content.ReadAsByteArrayAsync());
        using var byDate = await ConditionalGetAsync(client, path, null, lastModified);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        using var byOlderDate = await ConditionalGetAsync(client, path, null, lastModified.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, byOlderDate.StatusCode);

        // A minute later: Last-Modified has whole seconds, so only the ETag (which counts the
        // articles) would notice a second article saved within the same second.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await site.PublishAsync(SahifaFactory.Story("خبر ثانٍ", hoursAgo: 1));

        using var afterEtag = await ConditionalGetAsync(client, path, etag, null);
        Assert.Equal(HttpStatusCode.OK, afterEtag.StatusCode);
        Assert.NotEqual(etag, afterEtag.Headers.ETag);
        using var afterDate = await ConditionalGetAsync(client, path, null, lastModified);
        Assert.Equal(HttpStatusCode.OK, afterDate.StatusCode);
    }

    [Fact]
    public async Task Scheduled_article_enters_the_feed_and_changes_its_validators_when_its_time_comes()
    {
        using var site = new SahifaFactory();
        await site.PublishAsync(SahifaFactory.Story("خبر منشور", hoursAgo: 3));
        await site.PublishAsync(SahifaFactory.Story("خبر مجدول", hoursAgo: -1));
        var client = site.CreateClient();
        using var before = await client.GetAsync("/feed.xml");
        Assert.Equal(["خبر منشور"], FeedSamples.Parse(await before.Content.ReadAsByteArrayAsync(), FeedFormat.Rss).Items.Select(i => i.Title.Text));

        site.Clock.Advance(TimeSpan.FromHours(2));

        using var byDate = await ConditionalGetAsync(client, "/feed.xml", null, before.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.OK, byDate.StatusCode);
        Assert.Equal(SahifaFactory.Now.AddHours(1), byDate.Content.Headers.LastModified);
        Assert.Equal(["خبر مجدول", "خبر منشور"], FeedSamples.Parse(await byDate.Content.ReadAsByteArrayAsync(), FeedFormat.Rss).Items.Select(i => i.Title.Text));
    }

    [Fact]
    public async Task Configured_base_url_is_used_for_every_link_whatever_the_host_asked_for()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Site:BaseUrl", "https://sahifa.example/"));
        var id = await site.PublishAsync(SahifaFactory.Story("خبر بعنوان ثابت"));
        var client = site.CreateClient();

        var rss = await GetSyndicationAsync(client, "/feed.xml", FeedFormat.Rss);

        var canonical = (await client.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;
        Assert.Equal(new Uri("https://sahifa.example" + canonical), rss.Items.Single().Links.Single().Uri);
        Assert.Equal(new Uri("https://sahifa.example/"), rss.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new Uri("https://sahifa.example/feed.xml"), rss.Links.Single(l => l.RelationshipType == "self").Uri);
    }

    [Fact]
    public async Task Head_request_answers_with_the_headers_alone()
    {
        await factory.PublishAsync(SahifaFactory.Story("خبر لطلب HEAD"));

        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/atom.xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Awkward_headline_comes_through_every_format_intact()
    {
        const string headline = "عاجل: «الإدارة» تعلن & تنفي <رسمياً> \"الخبر\"؟ </script>";
        using var site = new SahifaFactory();
        await site.PublishAsync(SahifaFactory.Story(headline) with { Standfirst = "مقدمة فيها <b>وسم</b> & «اقتباس»؛ ثم سؤال؟" });
        var client = site.CreateClient();

        var rss = await GetSyndicationAsync(client, "/feed.xml", FeedFormat.Rss);
        var atom = await GetSyndicationAsync(client, "/atom.xml", FeedFormat.Atom);
        var json = await GetJsonAsync(client, "/feed.json");

        Assert.Equal(headline, rss.Items.Single().Title.Text);
        Assert.Equal(headline, atom.Items.Single().Title.Text);
        Assert.Equal(headline, json.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("مقدمة فيها <b>وسم</b> & «اقتباس»؛ ثم سؤال؟", FeedSamples.ShownAsHtml(rss.Items.Single().Summary.Text));
        Assert.Equal("مقدمة فيها <b>وسم</b> & «اقتباس»؛ ثم سؤال؟", atom.Items.Single().Summary.Text);
    }

    [Fact]
    public async Task Markup_in_text_and_names_never_comes_alive_in_a_reader_and_plain_text_stays_readable()
    {
        const string svg = "\"><svg onload=alert(1)>";
        const string img = "<img src=x onerror=alert(2)>";
        var headline = $"عاجل {svg} «خبر» & {img} <script>alert(3)</script>";
        var standfirst = $"مقدمة {svg} & {img} <iframe src=javascript:alert(4)></iframe> &lt;b&gt;";
        var author = $"ليلى {svg}";
        var tag = $"وسم {img}";
        var source = $"وكالة {svg}";
        var section = $"قسم {img}";
        using var site = new SahifaFactory();
        await site.PublishAsync(SahifaFactory.Story(headline, section) with
        {
            Standfirst = standfirst,
            Body = $"فقرة {svg} {img}\n\n[رابط](javascript:alert(5)) <script>alert(6)</script>\n\n<a href=\"javascript:alert(7)\">x</a> ![صورة](javascript:alert(8))",
            Byline = new BylineInput(null, [author]),
            Tags = [new TagInput(tag, null)],
            Sources = [source],
        });
        var client = site.CreateClient();
        string[] archives;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            archives =
            [
                "",
                ArticleUrls.Section(await db.Sections.Select(s => s.Slug).SingleAsync()),
                ArticleUrls.Tag(await db.Tags.Select(t => t.Slug).SingleAsync()),
                ArticleUrls.Source(await db.Sources.Select(s => s.Slug).SingleAsync()),
                ArticleUrls.Author(await db.Authors.Select(a => a.Slug).SingleAsync()),
            ];
        }

        foreach (var archive in archives)
        {
            var rssPath = ArticleUrls.Feed(FeedFormat.Rss, archive);
            var rss = await GetXmlAsync(client, rssPath);
            var channel = rss.SelectSingleNode("/rss/channel")!;
            var item = channel.SelectSingleNode("item")!;
            // RSS 2.0 descriptions and content:encoded are HTML to readers.
            FeedSamples.AssertInert(channel.SelectSingleNode("description")!.InnerText, $"{rssPath} channel description");
            FeedSamples.AssertInert(item.SelectSingleNode("description")!.InnerText, $"{rssPath} description");
            FeedSamples.AssertInert(item.SelectSingleNode("*[local-name()='encoded']")!.InnerText, $"{rssPath} content:encoded");
            Assert.Equal(standfirst, FeedSamples.ShownAsHtml(item.SelectSingleNode("description")!.InnerText));
            // Titles, bylines and categories are plain text: shown as written.
            Assert.Equal(headline, item.SelectSingleNode("title")!.InnerText);
            Assert.Equal([author], Texts(item.SelectNodes("*[local-name()='creator']")!));
            Assert.Equal([section, tag], Texts(item.SelectNodes("category")!));

            var atomPath = ArticleUrls.Feed(FeedFormat.Atom, archive);
            var atom = await GetXmlAsync(client, atomPath);
            var html = atom.SelectNodes("//*[@type='html' or @type='xhtml']")!.Cast<XmlElement>().ToList();
            Assert.Equal(["content"], html.Select(e => e.LocalName));
            foreach (var element in html)
            {
                FeedSamples.AssertInert(element.InnerText, $"{atomPath} {element.LocalName}");
            }

            var entry = atom.SelectSingleNode("/*/*[local-name()='entry']")!;
            Assert.Equal(headline, entry.SelectSingleNode("*[local-name()='title' and @type='text']")!.InnerText);
            Assert.Equal(standfirst, entry.SelectSingleNode("*[local-name()='summary' and @type='text']")!.InnerText);
            Assert.Equal([author], Texts(entry.SelectNodes("*[local-name()='author']/*[local-name()='name']")!));
            Assert.Equal([section, tag], entry.SelectNodes("*[local-name()='category']")!.Cast<XmlElement>().Select(c => c.GetAttribute("term")));

            var jsonPath = ArticleUrls.Feed(FeedFormat.Json, archive);
            var json = (await GetJsonAsync(client, jsonPath)).GetProperty("items")[0];
            FeedSamples.AssertInert(json.GetProperty("content_html").GetString()!, $"{jsonPath} content_html");
            Assert.Equal(headline, json.GetProperty("title").GetString());
            Assert.Equal(standfirst, json.GetProperty("summary").GetString());
            Assert.Equal([author], json.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
            Assert.Equal([section, tag], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }
    }

    private static List<string> Texts(XmlNodeList nodes) => nodes.Cast<XmlNode>().Select(n => n.InnerText).ToList();

    private static async Task<XmlDocument> GetXmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return FeedSamples.Xml(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<SyndicationFeed> GetSyndicationAsync(HttpClient client, string path, FeedFormat format)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return FeedSamples.Parse(await response.Content.ReadAsByteArrayAsync(), format);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string path, EntityTagHeaderValue? etag, DateTimeOffset? since)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        request.Headers.IfModifiedSince = since;
        return await client.SendAsync(request);
    }

    private static async Task<string> AbsoluteCanonicalAsync(HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return "http://localhost" + response.Headers.Location!.OriginalString;
    }
}
