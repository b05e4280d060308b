using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

/// The old WordPress addresses of an imported site, asked for through HTTP as a reader's
/// bookmark or a search engine would.
public sealed class LegacyRedirectsTests(LegacyRedirectsTests.ImportedSite site) : IClassFixture<LegacyRedirectsTests.ImportedSite>
{
    private const string Euphrates = "%d8%aa%d8%b1%d8%a7%d8%ac%d8%b9-%d9%85%d9%86%d8%b3%d9%88%d8%a8-%d8%a7%d9%84%d9%81%d8%b1%d8%a7%d8%aa-%d9%82%d8%b1%d8%a8-%d8%a7%d9%84%d8%b1%d9%82%d8%a9";

    public sealed class ImportedSite : SahifaFactory, IAsyncLifetime
    {
        public string EuphratesUrl { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await this.ImportAsync(Exports.Jazira);
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            var id = await db.ImportedItems.Where(i => i.Kind == ImportedKind.Post && i.WordPressId == 101).Select(i => i.SahifaId).SingleAsync();
            EuphratesUrl = ArticleUrls.Article(id, await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private async Task<string> RedirectAsync(string old)
    {
        using var response = await site.CreateClient().GetAsync(old);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{old}: {(int)response.StatusCode}");
        return response.Headers.Location!.OriginalString;
    }

    [Theory]
    [InlineData("/?p=101")]
    [InlineData("/index.php?p=101")]
    [InlineData("/2026/02/21/" + Euphrates + "/")]
    [InlineData("/2026/02/21/" + Euphrates)]
    [InlineData("/2026/02/" + Euphrates + "/")]
    [InlineData("/" + Euphrates + "/")]
    [InlineData("/archives/101")]
    [InlineData("/2026/02/21/" + Euphrates + "/feed/")]
    [InlineData("/2026/02/21/" + Euphrates + "/amp/")]
    public async Task A_post_old_addresses_redirect_permanently_to_its_article(string old) =>
        Assert.Equal(site.EuphratesUrl, await RedirectAsync(old));

    [Fact]
    public async Task Percent_encoding_in_upper_case_hex_and_raw_arabic_find_the_same_article()
    {
        Assert.Equal(site.EuphratesUrl, await RedirectAsync("/2026/02/21/" + Euphrates.ToUpperInvariant() + "/"));
        Assert.Equal(site.EuphratesUrl, await RedirectAsync("/2026/02/21/" + Uri.EscapeDataString("تراجع-منسوب-الفرات-قرب-الرقة")));
    }

    [Theory]
    [InlineData("/category/economy/", "/sections/اقتصاد")]
    [InlineData("/category/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/", "/sections/سياسة")]
    [InlineData("/category/local/raqqa/", "/sections/الرقة")]
    [InlineData("/category/raqqa/", "/sections/الرقة")]
    [InlineData("/?cat=4", "/sections/اقتصاد")]
    [InlineData("/tag/%d8%a7%d9%84%d9%85%d9%8a%d8%a7%d9%87/", "/tags/المياه")]
    [InlineData("/author/layla/", "/authors/ليلى-داود")]
    [InlineData("/author/omar-h/", "/authors/عمر-حداد")]
    [InlineData("/?author=3", "/authors/عمر-حداد")]
    [InlineData("/category/economy/feed/", "/sections/اقتصاد/feed.xml")]
    [InlineData("/category/economy/feed/atom/", "/sections/اقتصاد/atom.xml")]
    [InlineData("/?cat=4&feed=rss2", "/sections/اقتصاد/feed.xml")]
    [InlineData("/tag/%d8%a7%d9%84%d9%85%d9%8a%d8%a7%d9%87/page/2/", "/tags/المياه?page=2")]
    [InlineData("/feed/", "/feed.xml")]
    [InlineData("/feed/atom/", "/atom.xml")]
    [InlineData("/?feed=rss2", "/feed.xml")]
    [InlineData("/page/3/", "/?page=3")]
    public async Task Archives_and_feeds_redirect_to_their_new_addresses(string old, string expected)
    {
        var location = await RedirectAsync(old);

        Assert.Equal(expected, Uri.UnescapeDataString(location));
        Assert.True(location.All(char.IsAscii), location);
    }

    [Theory]
    [InlineData("/?p=103")] // a draft: it never had a public address
    [InlineData("/?p=106")] // private
    [InlineData("/?page=1")]
    [InlineData("/")]
    public async Task The_front_page_answers_as_usual_for_every_other_query(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/2026/02/15/internal-notes/")]
    [InlineData("/no-such-post/")]
    [InlineData("/category/no-such-category/feed/")]
    [InlineData("/sections/no-such-section")]
    public async Task Unknown_and_unpublished_addresses_are_still_not_found(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Following_a_redirect_lands_on_the_article_page()
    {
        var page = await site.CreateClient().GetDocumentAsync(await RedirectAsync("/?p=101"));

        Assert.Equal("تراجع منسوب الفرات قرب الرقة", page.Text("h1"));
    }

    [Fact]
    public async Task Sahifa_own_pages_are_never_shadowed_by_an_old_address()
    {
        // A WordPress post whose slug was "sections" cannot take over Sahifa's own routes.
        await site.ImportTextAsync("""
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>t</title><item><title>feed</title><link>https://jazira.example/sections/economy</link>
            <content:encoded>x</content:encoded><wp:post_id>9001</wp:post_id><wp:post_date_gmt>2026-02-01 10:00:00</wp:post_date_gmt>
            <wp:post_name>feed.xml</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>
            """);

        using var feed = await site.CreateClient().GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        using var section = await site.CreateClient().GetAsync("/sections/" + Uri.EscapeDataString("اقتصاد"));
        Assert.Equal(HttpStatusCode.OK, section.StatusCode);
    }
}
