using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Importing;
using Sahifa.Web.Tests.Search;

namespace Sahifa.Web.Tests.Importing;

/// A WordPress export imported into a fresh site, then read back through its public pages.
public sealed class ImportWordPressTests : IAsyncLifetime
{
    private readonly SahifaFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<T> ReadAsync<T>(Func<SahifaDb, Task<T>> read)
    {
        using var scope = _factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }

    private Task<Article> ArticleAsync(long wordPressId) => ReadAsync(async db =>
    {
        var id = await db.ImportedItems.Where(i => i.Kind == ImportedKind.Post && i.WordPressId == wordPressId).Select(i => i.SahifaId).SingleAsync();
        return await db.Articles.AsNoTracking().Include(a => a.Section).SingleAsync(a => a.Id == id);
    });

    private Task<object> CountsAsync() => ReadAsync<object>(async db => new
    {
        Articles = await db.Articles.CountAsync(),
        Sections = await db.Sections.CountAsync(),
        Tags = await db.Tags.CountAsync(),
        Authors = await db.Authors.CountAsync(),
        Joins = await db.Set<ArticleTag>().CountAsync() + await db.Set<ArticleAuthor>().CountAsync(),
        Redirects = await db.LegacyRedirects.CountAsync(),
        Media = await db.ImportedMedia.CountAsync(),
        Comments = await db.Comments.CountAsync(),
        Mapped = await db.ImportedItems.CountAsync(),
    });

    [Fact]
    public async Task Every_post_status_comes_across_and_the_report_counts_each_kind()
    {
        var report = await _factory.ImportAsync(Exports.Jazira);

        var c = report.Counts;
        Assert.Equal((7, 0, 0), (c.PostsCreated, c.PostsUpdated, c.PostsKept));
        Assert.Equal((3, 1, 1, 1, 1), (c.Published, c.Scheduled, c.Drafts, c.InReview, c.Private));
        Assert.Equal((1, 1, 1), (c.PostsSkipped, c.PagesSkipped, c.OtherItemsSkipped));
        Assert.Equal((5, 3, 2, 1), (c.SectionsCreated, c.TagsCreated, c.AuthorsCreated, c.Media));

        Assert.Equal(ArticleStatus.Published, (await ArticleAsync(101)).Status);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync(103)).Status);
        Assert.Equal(ArticleStatus.InReview, (await ArticleAsync(104)).Status);
        var scheduled = await ArticleAsync(105);
        Assert.Equal(ArticleStatus.Scheduled, scheduled.Status);
        Assert.Equal(new DateTime(2026, 4, 1, 5, 0, 0, DateTimeKind.Utc), scheduled.PublishedAt);

        // Private posts were for staff only: they stay drafts, out of public view.
        var privatePost = await ArticleAsync(106);
        Assert.Equal(ArticleStatus.Draft, privatePost.Status);
        Assert.Null(privatePost.PublishedAt);

        Assert.Contains(report.Warnings, w => w is { WordPressId: 201, Code: "page_skipped" });
        Assert.Contains(report.Warnings, w => w is { WordPressId: 107, Code: "trashed_skipped" });
        Assert.Equal(
            ["[gallery]:101", "script:101", "style:102", "wp:latest-posts:102"],
            report.Dropped.Select(d => $"{d.Name}:{string.Join(',', d.WordPressIds)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_classic_post_reads_as_an_article_with_its_byline_section_tags_standfirst_and_figure()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var article = await ArticleAsync(101);

        var page = await _factory.CreateClient().GetDocumentAsync(ArticleUrls.Article(article.Id, article.Slug));

        Assert.Equal("تراجع منسوب الفرات قرب الرقة", page.Text("h1"));
        Assert.Equal("تراجع-منسوب-الفرات-قرب-الرقة", article.Slug);
        Assert.Equal("مزارعو الرقة يشكون من توقف المضخات مع تراجع النهر.", page.Text(".standfirst"));
        Assert.Equal("ليلى داود", page.Text(".byline a[rel=author]"));
        Assert.Equal("سياسة", article.Section.Name);
        Assert.Equal(["موضوع: اقتصاد", "موضوع: الرقة", "موضوع: المياه"], page.Texts(".tags li a"));
        Assert.Equal("2026-02-21T12:30:00+03:00", page.QuerySelector(".dateline time")!.GetAttribute("datetime"));

        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("انخفض منسوب نهر الفرات قرب الرقة إلى أدنى مستوى منذ عقود.\nقال مزارعون إن مضخاتهم توقفت.", body.QuerySelector("p")!.TextContent);
        Assert.NotNull(body.QuerySelector("p br"));
        Assert.Equal("مجرى الفرات قرب الرقة", body.QuerySelector("figure figcaption")!.TextContent);
        Assert.Equal("https://jazira.example/wp-content/uploads/2026/02/euphrates.jpg", body.QuerySelector("figure img")!.GetAttribute("src"));
        Assert.Equal("ماذا يقول الخبراء؟", body.QuerySelector("h2")!.TextContent);
        Assert.Equal("nofollow noopener", body.QuerySelector("a[href='https://example.org/report']")!.GetAttribute("rel"));
        Assert.Equal(2, body.QuerySelectorAll("blockquote p").Length);
        Assert.Equal(["تراجع المنسوب", "توقف المضخات"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Null(body.QuerySelector("script"));
        Assert.DoesNotContain("[gallery", body.InnerHtml);
        Assert.DoesNotContain("tracker", body.InnerHtml);
    }

    [Fact]
    public async Task A_gutenberg_post_keeps_its_blocks_and_takes_its_standfirst_from_the_seo_description()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var article = await ArticleAsync(102);

        var page = await _factory.CreateClient().GetDocumentAsync(ArticleUrls.Article(article.Id, article.Slug));
        var body = page.QuerySelector(".article-body")!;

        Assert.Equal("سوق جديد للخضار في القامشلي يضم 120 محلاً.", page.Text(".standfirst"));
        Assert.Equal("عمر حداد", page.Text(".byline a[rel=author]"));
        Assert.Equal("ما الذي تغيّر؟", body.QuerySelector("h2")!.TextContent);
        Assert.Equal(["120 محلاً", "موقف للشاحنات"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal("السوق القديم لم يعد يتسع لنا.", body.QuerySelector("blockquote p")!.TextContent);
        Assert.Equal("https://jazira.example/wp-content/uploads/2026/02/souq.jpg", body.QuerySelector("figure img")!.GetAttribute("src"));
        Assert.NotNull(body.QuerySelector("a[href='https://www.youtube.com/watch?v=dQw4w9WgXcQ']"));
        Assert.Contains("ساعات العمل من السادسة صباحًا.", body.TextContent);
        Assert.Null(body.QuerySelector("style"));
    }

    [Fact]
    public async Task Dates_without_a_gmt_copy_are_read_in_the_site_time_zone_and_missing_elements_fall_back()
    {
        await _factory.ImportAsync(Exports.Jazira);

        // Post 108 has no GMT date, no author, no excerpt and no comments: 15:45 in Damascus (UTC+3).
        var bare = await ArticleAsync(108);
        Assert.Equal(new DateTime(2026, 2, 28, 12, 45, 0, DateTimeKind.Utc), bare.PublishedAt);
        Assert.Equal("قسم الأخبار", bare.DeskName);
        Assert.Equal("", bare.Standfirst);
        Assert.Equal("الرقة", bare.Section.Name);

        var draft = await ArticleAsync(103);
        Assert.Equal(new DateTime(2026, 2, 10, 6, 0, 0, DateTimeKind.Utc), draft.CreatedAt);
        Assert.Null(draft.PublishedAt);
        Assert.Equal("غير مصنف", draft.Section.Name);

        var page = await _factory.CreateClient().GetAsync(ArticleUrls.Article(draft.Id, draft.Slug));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Comments_come_across_threaded_with_their_status_and_the_email_stays_with_staff()
    {
        var report = await _factory.ImportAsync(Exports.Jazira);
        var article = await ArticleAsync(101);

        Assert.Equal((5, 1), (report.Counts.CommentsCreated, report.Counts.CommentsSkipped));
        var statuses = await ReadAsync(db => db.Comments.Where(c => c.ArticleId == article.Id).OrderBy(c => c.CreatedAt).Select(c => c.Status).ToListAsync());
        Assert.Equal([CommentStatus.Approved, CommentStatus.Approved, CommentStatus.Approved, CommentStatus.Pending, CommentStatus.Spam], statuses);
        Assert.Equal("samer@example.org", await ReadAsync(db => db.Comments.Select(c => c.Email).FirstAsync()));

        var client = _factory.CreateClient();
        using var response = await client.GetAsync(ArticleUrls.Article(article.Id, article.Slug));
        var html = await response.Content.ReadAsStringAsync();
        var page = await client.GetDocumentAsync(ArticleUrls.Article(article.Id, article.Slug));

        // Approved ones only, each reply under the comment it answers.
        Assert.Equal(["سامر", "ليلى داود", "سامر"], page.Texts(".comments .comment-author"));
        Assert.Equal("في الكرامة، شرق المدينة.", page.Text(".comments > ol > li > .comment-replies > li > .comment-replies .comment-body"));
        Assert.DoesNotContain("samer@example.org", html);
        Assert.DoesNotContain("تعليق ينتظر المراجعة", html);
        Assert.DoesNotContain("Cheap Pills", html);
    }

    [Fact]
    public async Task An_imported_article_has_a_revision_that_says_where_it_came_from()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var article = await ArticleAsync(101);

        var revision = await ReadAsync(db => db.ArticleRevisions.SingleAsync(r => r.ArticleId == article.Id));

        Assert.Equal((1, 1), (article.Version, revision.Number));
        Assert.Equal("استيراد ووردبريس", revision.AuthorName);
        Assert.Contains("101", revision.Note);
        Assert.Contains("\"section\":\"سياسة\"", revision.Snapshot);
        Assert.True(await ReadAsync(db => db.ArticleChanges.AnyAsync(c => c.ArticleId == article.Id)));
    }

    [Fact]
    public async Task Imported_articles_are_found_by_search_and_drafts_are_not()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var published = await ArticleAsync(101);
        var draft = await ArticleAsync(103);

        var client = _factory.CreateClient();

        await client.IndexedAsync("منسوب الفرات", published.Id);
        Assert.DoesNotContain(draft.Id, await client.FoundAsync("امتحانات الشهادة", wait: TimeSpan.Zero));
    }

    [Fact]
    public async Task Featured_images_and_attachments_are_recorded_by_url_against_their_article()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var article = await ArticleAsync(101);

        var (media, featured) = await ReadAsync(async db => (
            await db.ImportedMedia.SingleAsync(),
            await db.ImportedItems.Where(i => i.WordPressId == 101).Select(i => i.FeaturedMediaId).SingleAsync()));

        Assert.Equal("https://jazira.example/wp-content/uploads/2026/02/euphrates.jpg", media.Url);
        Assert.Equal("مجرى الفرات قرب الرقة", media.Caption);
        Assert.Equal(article.Id, media.ArticleId);
        Assert.Equal(301, featured);
    }

    [Fact]
    public async Task Importing_the_same_file_again_updates_and_never_duplicates()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var before = await CountsAsync();

        var again = await _factory.ImportAsync(Exports.Jazira);

        Assert.Equal(before, await CountsAsync());
        Assert.Equal((0, 0, 7), (again.Counts.PostsCreated, again.Counts.PostsUpdated, again.Counts.PostsUnchanged));
        Assert.Equal((0, 0, 5), (again.Counts.CommentsCreated, again.Counts.CommentsUpdated, again.Counts.CommentsUnchanged));
        Assert.Equal((0, 0, 0, 0), (again.Counts.SectionsCreated, again.Counts.TagsCreated, again.Counts.AuthorsCreated, again.Counts.Redirects));
    }

    [Fact]
    public async Task An_article_edited_in_the_newsroom_after_the_import_is_not_overwritten_by_a_later_one()
    {
        await _factory.ImportAsync(Exports.Jazira);
        var article = await ArticleAsync(102);
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        using (var scope = _factory.Services.CreateScope())
        {
            var edited = SahifaFactory.Story("افتتاح سوق الهال الجديد في القامشلي: التفاصيل", "اقتصاد");
            Assert.True(await scope.ServiceProvider.GetRequiredService<SaveArticle>().UpdateAsync(article.Id, edited, CancellationToken.None));
        }

        _factory.Clock.Advance(TimeSpan.FromHours(1));
        var again = await _factory.ImportAsync(Exports.Jazira);

        Assert.Equal((1, 6), (again.Counts.PostsKept, again.Counts.PostsUnchanged));
        Assert.Contains(again.Warnings, w => w is { WordPressId: 102, Code: "kept_newsroom_edits" });
        Assert.Equal("افتتاح سوق الهال الجديد في القامشلي: التفاصيل", (await ArticleAsync(102)).Headline);
    }

    [Theory]
    [InlineData("truncated.xml", ImportException.MalformedXml)]
    [InlineData("xxe.xml", ImportException.DtdRefused)]
    [InlineData("billion-laughs.xml", ImportException.DtdRefused)]
    [InlineData("plain-rss.xml", ImportException.NotWordPress)]
    public async Task A_file_that_cannot_be_imported_leaves_the_site_as_it_was(string name, string code)
    {
        await _factory.ImportAsync(Exports.Small11);
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<ImportException>(() => _factory.ImportAsync(name));

        Assert.Equal(code, error.Code);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_wordpress_in_a_folder_keeps_its_folder_in_the_old_addresses()
    {
        await _factory.ImportAsync(Exports.Small11);
        var article = await ArticleAsync(7);
        var client = _factory.CreateClient();

        foreach (var old in (string[])["/news/archives/7/", "/news/?p=7", "/news/index.php?p=7", "/news/2025/12/07/power-station-back-online/", "/news/power-station-back-online"])
        {
            using var response = await client.GetAsync(old);
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, old);
            Assert.Equal(ArticleUrls.Article(article.Id, article.Slug), response.Headers.Location!.OriginalString);
        }

        Assert.Equal("Editorial team", (await _factory.CreateClient().GetDocumentAsync(ArticleUrls.Article(article.Id, article.Slug))).Text(".byline a"));
    }
}
