using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Hosting;
using Sahifa.Web.Sitemaps;

namespace Sahifa.Web.Tests.Sitemaps;

/// The sitemap index and its files, split at a page size of 2 so the splitting shows with a
/// handful of articles instead of 50,000.
public sealed partial class ServeSitemapTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Sections = ["سياسة", "اقتصاد", "ثقافة"];

    private readonly ConfiguredSahifaFactory _site = new(("Sahifa:Sitemaps:PageSize", "2"));
    private readonly HttpClient _client;
    private readonly List<int> _published = [];

    public ServeSitemapTests() => _client = _site.CreateClient();

    public async Task InitializeAsync()
    {
        // Five on 1 March 2026 (UTC), one in February, in three sections, with three tags, one
        // source and one author; a draft and a scheduled article that must appear nowhere.
        for (var i = 1; i <= 5; i++)
        {
            _published.Add(await _site.PublishAsync(SahifaFactory.Story($"خبر آذار {i}", Sections[i % 3], hoursAgo: i) with
            {
                Tags = [new TagInput("الحسكة", "place"), new TagInput($"وسم {i % 3}", null)],
                Sources = i == 1 ? ["وكالة الخابور للأنباء"] : [],
                Byline = i == 2 ? new BylineInput(null, ["ليلى داود"]) : null,
            }));
        }

        _published.Add(await _site.PublishAsync(SahifaFactory.Story("خبر شباط", "سياسة", hoursAgo: 48)));
        await _site.PublishAsync(SahifaFactory.Story("مسودة", "رياضة") with { Status = "draft", PublishedAt = null, Tags = [new TagInput("وسم المسودة", null)] });
        await _site.PublishAsync(SahifaFactory.Story("مجدول", "رياضة", hoursAgo: -5));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Index_lists_a_file_per_page_of_each_archive_kind_and_of_each_month_with_lastmod()
    {
        var index = await _client.GetXmlAsync(ArticleUrls.SitemapIndex);

        Assert.Equal("sitemapindex", index.DocumentElement!.LocalName);
        Assert.Equal(SitemapWriter.Namespace, index.DocumentElement.NamespaceURI);
        Assert.Equal(
            [
                "/sitemaps/pages.xml",
                "/sitemaps/sections.xml", "/sitemaps/sections-2.xml",
                "/sitemaps/tags.xml", "/sitemaps/tags-2.xml",
                "/sitemaps/sources.xml",
                "/sitemaps/authors.xml",
                "/sitemaps/articles-2026-03.xml", "/sitemaps/articles-2026-03-2.xml", "/sitemaps/articles-2026-03-3.xml",
                "/sitemaps/articles-2026-02.xml",
            ],
            index.Texts("/s:sitemapindex/s:sitemap/s:loc").Select(SitemapXml.PathOf));
        Assert.All(index.Texts("/s:sitemapindex/s:sitemap/s:loc"), loc => Assert.StartsWith("http://localhost/", loc));
        var lastmods = index.Texts("/s:sitemapindex/s:sitemap/s:lastmod");
        Assert.Equal(11, lastmods.Count);
        Assert.All(lastmods, lastmod => Assert.Matches(W3cDatetime(), lastmod));
    }

    [Fact]
    public async Task Files_hold_every_published_page_once_and_nothing_else_within_the_size_limit()
    {
        var index = await _client.GetXmlAsync(ArticleUrls.SitemapIndex);
        var urls = new List<string>();
        foreach (var file in index.Texts("/s:sitemapindex/s:sitemap/s:loc"))
        {
            var sitemap = await _client.GetXmlAsync(SitemapXml.PathOf(file));
            Assert.Equal("urlset", sitemap.DocumentElement!.LocalName);
            Assert.Equal(SitemapWriter.Namespace, sitemap.DocumentElement.NamespaceURI);
            var locs = sitemap.Texts("/s:urlset/s:url/s:loc");
            Assert.InRange(locs.Count, 1, 2);
            Assert.Equal(locs.Count, sitemap.Texts("/s:urlset/s:url/s:lastmod").Count);
            urls.AddRange(locs.Select(SitemapXml.PathOf));
        }

        var articles = new List<string>();
        foreach (var id in _published)
        {
            articles.Add((await _client.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString);
        }

        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Equal(articles.Order(StringComparer.Ordinal), urls.Where(u => u.StartsWith("/articles/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            Sections.Select(s => ArticleUrls.Section(s)).Order(StringComparer.Ordinal),
            urls.Where(u => u.StartsWith("/sections/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { "الحسكة", "وسم-0", "وسم-1", "وسم-2" }.Select(t => ArticleUrls.Tag(t)).Order(StringComparer.Ordinal),
            urls.Where(u => u.StartsWith("/tags/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal([ArticleUrls.Source("وكالة-الخابور-للأنباء")], urls.Where(u => u.StartsWith("/sources/", StringComparison.Ordinal)));
        Assert.Equal([ArticleUrls.Author("ليلى-داود")], urls.Where(u => u.StartsWith("/authors/", StringComparison.Ordinal)));
        Assert.Contains("/", urls);
    }

    [Fact]
    public async Task A_month_is_listed_oldest_first_so_its_pages_stay_put()
    {
        var first = await _client.GetXmlAsync("/sitemaps/articles-2026-03.xml");
        var last = await _client.GetXmlAsync("/sitemaps/articles-2026-03-3.xml");

        // Published 5 and 4 hours before 10:00Z, so first; the newest alone on the last page.
        Assert.Equal(
            [(await _client.GetAsync($"/articles/{_published[4]}")).Headers.Location!.OriginalString,
             (await _client.GetAsync($"/articles/{_published[3]}")).Headers.Location!.OriginalString],
            first.Texts("/s:urlset/s:url/s:loc").Select(SitemapXml.PathOf));
        Assert.Single(last.Texts("/s:urlset/s:url/s:loc"));
        Assert.Equal(["2026-03-01T13:00:00+03:00"], last.Texts("/s:urlset/s:url/s:lastmod"));
    }

    [Theory]
    [InlineData("/sitemaps/articles-2026-03-4.xml")]
    [InlineData("/sitemaps/articles-2026-01.xml")]
    [InlineData("/sitemaps/tags-3.xml")]
    [InlineData("/sitemaps/tags-1.xml")]
    [InlineData("/sitemaps/news.xml")]
    [InlineData("/sitemaps/articles-2026-3.xml")]
    public async Task Pages_past_the_end_and_unknown_names_are_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemaps/articles-2026-03.xml")]
    public async Task Repeated_conditional_get_answers_304(string path)
    {
        using var first = await _client.GetAsync(path);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byEtag = await _client.SendAsync(request);
        using var byDate = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfModifiedSince = first.Content.Headers.LastModified } });

        Assert.Equal(HttpStatusCode.NotModified, byEtag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
    }

    [Fact]
    public async Task The_protocol_limit_is_the_default_page_size_and_nothing_larger_is_accepted()
    {
        Assert.Equal(50_000, new SitemapOptions().PageSize);

        await using var tooLarge = SahifaHost.Build([.. _site.Store.HostArgs(), "--Sahifa:Sitemaps:PageSize=50001"], forCommand: true);
        var error = Assert.Throws<OptionsValidationException>(() => tooLarge.Services.GetRequiredService<IOptions<SitemapOptions>>().Value);
        Assert.Contains("PageSize", error.Message);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex W3cDatetime();
}
