using System.Net;
using AngleSharp.Dom;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Feeds;

/// Pages announce their feeds with `<link rel="alternate">`: archives their own first, then
/// the whole site's, which every page announces.
public class FeedLinksTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private static readonly (string Type, string Title, string Href)[] SiteFeeds =
    [
        ("application/rss+xml", "صحيفة (RSS)", "http://localhost/feed.xml"),
        ("application/atom+xml", "صحيفة (Atom)", "http://localhost/atom.xml"),
        ("application/feed+json", "صحيفة (JSON Feed)", "http://localhost/feed.json"),
    ];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Front_page_announces_the_site_feeds()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Equal(SiteFeeds, Alternates(page));
    }

    [Fact]
    public async Task Archive_pages_announce_their_own_feeds_first_and_each_answers()
    {
        await factory.PublishAsync(SahifaFactory.Story("خبر بكل الوسوم", "محليات") with
        {
            Tags = [new Sahifa.Web.Articles.TagInput("عامودا", "place")],
            Sources = ["إذاعة آرتا"],
            Byline = new BylineInput(null, ["جيهان يوسف"]),
        });

        foreach (var (archive, title) in new[]
        {
            (ArticleUrls.Section("محليات"), "محليات"),
            (ArticleUrls.Tag("عامودا"), "عامودا"),
            (ArticleUrls.Source("إذاعة-آرتا"), "إذاعة آرتا"),
            (ArticleUrls.Author("جيهان-يوسف"), "جيهان يوسف"),
        })
        {
            var links = Alternates(await _client.GetDocumentAsync(archive));

            Assert.Equal(
                [
                    ("application/rss+xml", $"{title} | صحيفة (RSS)", $"http://localhost{archive}/feed.xml"),
                    ("application/atom+xml", $"{title} | صحيفة (Atom)", $"http://localhost{archive}/atom.xml"),
                    ("application/feed+json", $"{title} | صحيفة (JSON Feed)", $"http://localhost{archive}/feed.json"),
                    .. SiteFeeds,
                ],
                links);
            foreach (var link in links)
            {
                using var response = await _client.GetAsync(new Uri(link.Href).PathAndQuery);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(link.Type, response.Content.Headers.ContentType!.MediaType);
            }
        }
    }

    [Fact]
    public async Task Article_page_announces_its_sections_feeds_and_the_sites()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("خبر رياضي", "رياضة"));
        var path = (await _client.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;

        var links = Alternates(await _client.GetDocumentAsync(path));

        Assert.Equal(("application/rss+xml", "رياضة | صحيفة (RSS)", "http://localhost" + ArticleUrls.Section("رياضة") + "/feed.xml"), links[0]);
        Assert.Equal(SiteFeeds, links.Skip(3));
    }

    private static List<(string Type, string Title, string Href)> Alternates(IDocument page) =>
        page.QuerySelectorAll("head link[rel=alternate]")
            .Select(l => (l.GetAttribute("type")!, l.GetAttribute("title")!, l.GetAttribute("href")!))
            .ToList();
}
