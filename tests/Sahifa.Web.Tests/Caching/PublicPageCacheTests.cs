using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Caching;

public class PublicPageCacheTests
{
    private static ArticleInput Story(string title, string section = "سياسة", params string[] tags) =>
        SahifaFactory.Story(title, section) with { Tags = [.. tags.Select(t => new TagInput(t, null))] };

    [Fact]
    public async Task A_changed_article_is_never_served_stale_and_unrelated_pages_stay_cached()
    {
        using var factory = new QueryCountingFactory();
        var api = await factory.ApiClientAsync();
        var changed = await factory.PublishAsync(Story("الحكومة تعلن موازنة العام", "اقتصاد"));
        var unrelated = await factory.PublishAsync(Story("مهرجان الشعر في حلب", "ثقافة"));
        var reader = factory.CreateClient();
        var changedUrl = (await reader.GetAsync($"/articles/{changed}")).Headers.Location!.OriginalString;
        var unrelatedUrl = (await reader.GetAsync($"/articles/{unrelated}")).Headers.Location!.OriginalString;
        string[] pages = [changedUrl, unrelatedUrl, "/", "/sections/ثقافة", "/sections/اقتصاد", "/feed.xml"];
        foreach (var page in pages)
        {
            await reader.GetDocumentAsync(page);
        }

        factory.Reset();
        foreach (var page in pages)
        {
            await reader.GetDocumentAsync(page);
        }

        Assert.True(factory.Queries == 0, "a second reading costs the database nothing:\n" + string.Join("\n", factory.Commands));

        using var put = await api.PutAsJsonAsync($"/api/v1/articles/{changed}", Story("الحكومة تعدّل موازنة العام", "اقتصاد"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        // At once, with no wait: the page, the front page, its section and the feed are new.
        Assert.Equal("الحكومة تعدّل موازنة العام", (await reader.GetDocumentAsync(changedUrl)).Text("h1"));
        Assert.Contains("الحكومة تعدّل موازنة العام", (await reader.GetDocumentAsync("/")).Texts(".card-headline, .lead-headline"));
        Assert.Contains("الحكومة تعدّل موازنة العام", (await reader.GetDocumentAsync("/sections/اقتصاد")).Texts(".card-headline"));
        Assert.Contains("الحكومة تعدّل موازنة العام", await reader.GetStringAsync("/feed.xml"));

        factory.Reset();
        await reader.GetDocumentAsync(unrelatedUrl);
        await reader.GetDocumentAsync("/sections/ثقافة");
        Assert.True(factory.Queries == 0, "pages the edit did not touch stay cached:\n" + string.Join("\n", factory.Commands));
    }

    [Fact]
    public async Task Moving_an_article_clears_the_archives_it_left_and_the_ones_it_joined()
    {
        using var factory = new QueryCountingFactory();
        var id = await factory.PublishAsync(Story("وفد تجاري يزور دمشق", "اقتصاد", "تجارة"));
        await factory.PublishAsync(Story("خبر آخر", "رياضة", "كرة القدم"));
        var reader = factory.CreateClient();
        Assert.Contains("وفد تجاري يزور دمشق", (await reader.GetDocumentAsync("/tags/تجارة")).Texts(".card-headline"));
        Assert.DoesNotContain("وفد تجاري يزور دمشق", (await reader.GetDocumentAsync("/sections/رياضة")).Texts(".card-headline"));

        using (var scope = factory.Services.CreateScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<SaveArticle>()
                .UpdateAsync(id, Story("وفد تجاري يزور دمشق", "رياضة", "كرة القدم"), CancellationToken.None);
            Assert.True(saved);
        }

        Assert.DoesNotContain("وفد تجاري يزور دمشق", (await reader.GetDocumentAsync("/tags/تجارة")).Texts(".card-headline"));
        Assert.Contains("وفد تجاري يزور دمشق", (await reader.GetDocumentAsync("/sections/رياضة")).Texts(".card-headline"));
        Assert.Contains("وفد تجاري يزور دمشق", (await reader.GetDocumentAsync("/tags/كرة-القدم")).Texts(".card-headline"));
    }

    [Fact]
    public async Task Public_pages_set_no_cookie_and_tell_browsers_and_cdns_how_long_to_keep_them()
    {
        using var factory = new QueryCountingFactory(("Sahifa:Caching:MaxAgeSeconds", "30"), ("Sahifa:Caching:StaleWhileRevalidateSeconds", "300"));
        var id = await factory.PublishAsync(Story("زلزال خفيف في اللاذقية", "محليات", "زلازل") with
        {
            Sources = ["المركز الوطني للزلازل"],
            Byline = new BylineInput(null, ["سلمى الحلبي"]),
        });
        var reader = factory.CreateClient();
        var url = (await reader.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;

        foreach (var page in new[] { "/", url, "/sections/محليات", "/tags/زلازل", "/sources/المركز-الوطني-للزلازل", "/authors/سلمى-الحلبي", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml" })
        {
            // Twice: the answer that fills the cache and the one served from it.
            for (var i = 0; i < 2; i++)
            {
                using var response = await reader.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
                Assert.False(response.Headers.Contains("Set-Cookie"), $"{page} sets a cookie");
                Assert.True(response.Headers.CacheControl?.Public, $"{page} is public");
                if (!page.EndsWith(".xml", StringComparison.Ordinal) && !page.EndsWith(".json", StringComparison.Ordinal))
                {
                    Assert.Equal("public, max-age=0, s-maxage=30", response.Headers.CacheControl?.ToString());
                    Assert.Equal("public, max-age=30, stale-while-revalidate=300", response.Headers.GetValues("CDN-Cache-Control").Single());
                }
                Assert.NotNull(response.Headers.ETag);
                Assert.False(response.Headers.ETag!.IsWeak);
            }
        }

        using var article = await reader.GetAsync(url);
        var keys = article.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.Contains($"article-{id}", keys);
        Assert.Contains("section-" + Uri.EscapeDataString("محليات"), keys);
        Assert.Contains("tag-" + Uri.EscapeDataString("زلازل"), keys);
        Assert.Equal(keys, article.Headers.GetValues("Cache-Tag").Single().Split(','));
        // Saved now (and published an hour ago): the later of the two.
        Assert.Equal(SahifaFactory.Now, article.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Staff_pages_and_api_writes_are_never_stored()
    {
        using var factory = new QueryCountingFactory();
        var api = await factory.ApiClientAsync();

        using var signIn = await factory.CreateClient().GetAsync("/newsroom/sign-in");
        using var created = await api.PostAsJsonAsync("/api/v1/articles", Story("خبر عبر الواجهة"));
        using var staffRead = await api.GetAsync("/api/v1/articles");

        Assert.True(signIn.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.True(staffRead.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_current_copy_gets_304_by_etag_and_by_date_from_the_cache_and_from_the_page()
    {
        using var factory = new QueryCountingFactory();
        var id = await factory.PublishAsync(Story("انقطاع الكهرباء في حمص"));
        var reader = factory.CreateClient();
        var url = (await reader.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;
        using var first = await reader.GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(reader, url, etag, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(reader, url, null, lastModified)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Conditional(reader, url, new EntityTagHeaderValue("\"old\""), null)).StatusCode);

        using var feed = await reader.GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(reader, "/feed.xml", feed.Headers.ETag, null)).StatusCode);

        // Dropped from the cache by a change that left the bytes alone: rebuilt, and still 304.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Sahifa.Web.Data.SahifaDb>();
            db.Record([id], SahifaFactory.Now.UtcDateTime);
            await db.SaveChangesAsync();
        }

        factory.Reset();
        using var rebuilt = await Conditional(reader, "/feed.xml", feed.Headers.ETag, null);
        Assert.Equal(HttpStatusCode.NotModified, rebuilt.StatusCode);
        Assert.True(factory.Queries > 0, "the feed was rebuilt, not served from the cache");
    }

    [Fact]
    public async Task A_query_string_the_page_ignores_is_served_from_the_cache_but_never_stored()
    {
        using var factory = new QueryCountingFactory();
        var id = await factory.PublishAsync(Story("افتتاح معرض الكتاب"));
        var reader = factory.CreateClient();
        var url = (await reader.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;

        factory.Reset();
        await reader.GetDocumentAsync(url + "?fbclid=abc");
        await reader.GetDocumentAsync(url + "?fbclid=abc");
        Assert.True(factory.Queries >= 2, "a made-up query string is not stored");

        await reader.GetDocumentAsync(url);
        factory.Reset();
        await reader.GetDocumentAsync(url + "?utm_source=x");
        await reader.GetDocumentAsync("/?page=1");
        await reader.GetDocumentAsync("/?page=1");
        Assert.True(factory.Queries <= 4, "the canonical copy answers; ?page=1 is a page of its own:\n" + string.Join("\n", factory.Commands));
    }

    [Fact]
    public async Task Without_the_output_cache_every_reading_is_built_afresh()
    {
        using var factory = new QueryCountingFactory(("Sahifa:Caching:OutputCache", "false"));
        var id = await factory.PublishAsync(Story("خبر بلا ذاكرة"));
        var reader = factory.CreateClient();
        var url = (await reader.GetAsync($"/articles/{id}")).Headers.Location!.OriginalString;
        await reader.GetDocumentAsync(url);

        factory.Reset();
        using var response = await reader.GetAsync(url);

        Assert.True(factory.Queries > 0);
        Assert.Equal("public, max-age=0, s-maxage=60", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_scheduled_article_enters_the_cached_pages_at_its_minute_before_the_scheduler_marks_it()
    {
        using var factory = new WithoutScheduler();
        await factory.PublishAsync(Story("خبر الصباح", "اقتصاد"));
        var id = await factory.PublishAsync(SahifaFactory.Story("بيان منتصف الليل", "اقتصاد", hoursAgo: -1));
        var reader = factory.CreateClient();
        // Scheduled articles are in the search index already, hidden by their time.
        var index = factory.Services.GetRequiredService<Sahifa.Web.Search.SearchIndex>();
        await Eventually.WithinAsync(() => Task.FromResult(index.Count >= 2), TimeSpan.FromSeconds(2), "the two articles did not reach the search index");

        string[] pages = ["/", "/sections/اقتصاد", "/feed.xml", "/search?q=" + Uri.EscapeDataString("بيان")];
        foreach (var page in pages)
        {
            Assert.DoesNotContain("بيان منتصف الليل", await reader.GetStringAsync(page));
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(61));

        foreach (var page in pages)
        {
            Assert.Contains("بيان منتصف الليل", await reader.GetStringAsync(page));
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Sahifa.Web.Data.SahifaDb>();
        Assert.Equal(ArticleStatus.Scheduled, (await db.Articles.FindAsync(id))!.Status);
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/api/v1/search?q=")]
    public async Task Search_answers_are_kept_until_the_index_takes_in_a_change(string search)
    {
        using var factory = new QueryCountingFactory();
        var reader = factory.CreateClient();
        var url = search + Uri.EscapeDataString("مستشفى");
        await factory.PublishAsync(Story("مستشفى الحسكة يستقبل الجرحى"));
        await Eventually.WithinAsync(async () => (await reader.GetStringAsync(url)).Contains("مستشفى الحسكة", StringComparison.Ordinal));

        // Age is the cache's own mark: this copy was built a second or more ago and kept. The
        // output cache ages its entries by the real clock (it takes no TimeProvider), so this is
        // a real wait, ended as soon as a served copy is a second old.
        await Eventually.WithinAsync(
            async () =>
            {
                using var kept = await reader.GetAsync(url);
                Assert.Equal("public, max-age=0, s-maxage=60", kept.Headers.CacheControl?.ToString());
                return kept.Headers.Age >= TimeSpan.FromSeconds(1);
            },
            TimeSpan.FromSeconds(5),
            "the search answer was not kept by the cache for a second");

        await factory.PublishAsync(Story("مستشفى القامشلي يفتح قسماً للأطفال"));

        await Eventually.WithinAsync(async () => (await reader.GetStringAsync(url)).Contains("مستشفى القامشلي", StringComparison.Ordinal));
        Assert.Contains("مستشفى الحسكة", await reader.GetStringAsync(url));
    }

    // The scheduler would mark the article published and so evict its pages through the change
    // feed; without it, only the cache's own watch on the clock can.
    private sealed class WithoutScheduler : SahifaFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                var scheduler = services.Single(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
                    && d.ImplementationFactory?.Method.ReturnType == typeof(ScheduledPublishing));
                services.Remove(scheduler);
            });
        }
    }

    private static async Task<HttpResponseMessage> Conditional(HttpClient client, string url, EntityTagHeaderValue? etag, DateTimeOffset? since)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        request.Headers.IfModifiedSince = since;
        return await client.SendAsync(request);
    }
}
