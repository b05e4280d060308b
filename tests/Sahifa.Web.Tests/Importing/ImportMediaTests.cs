using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Importing;
using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Importing;

/// `sahifa import wordpress FILE --uploads DIR`: a WordPress site's photographs in the library,
/// read back through the article pages and the files they serve.
public sealed class ImportMediaTests : IAsyncLifetime
{
    private readonly SahifaFactory _factory = new();
    private PhotoSite _site = null!;

    public Task InitializeAsync()
    {
        _site = PhotoSite.Write(Path.Combine(_factory.DataDirectory, "wordpress"));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<ImportReport> ImportAsync(bool withUploads = true)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPress>()
            .RunAsync(_site.Export, withUploads ? _site.UploadsFolder : null, null, CancellationToken.None);
    }

    private async Task<T> ReadAsync<T>(Func<SahifaDb, Task<T>> read)
    {
        using var scope = _factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }

    private async Task<IDocument> PageAsync(long wordPressId)
    {
        var (id, slug) = await ReadAsync(async db =>
        {
            var articleId = await db.ImportedItems.Where(i => i.Kind == ImportedKind.Post && i.WordPressId == wordPressId).Select(i => i.SahifaId).SingleAsync();
            return (articleId, await db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync());
        });
        return await _factory.CreateClient().GetDocumentAsync(ArticleUrls.Article(id, slug));
    }

    private Task<(int Items, int Files)> LibraryAsync() =>
        ReadAsync(async db => (await db.MediaItems.CountAsync(), await db.MediaFiles.CountAsync()));

    [Fact]
    public async Task A_featured_image_is_the_lead_photograph_made_from_the_original_file_with_its_caption_and_no_gps()
    {
        await ImportAsync();
        var page = await PageAsync(101);

        var lead = page.QuerySelector("article figure.lead-photo")!;
        var img = lead.QuerySelector("picture img")!;
        Assert.StartsWith("/media/", img.GetAttribute("src"), StringComparison.Ordinal);
        // The original, shown upright (1600×1200 with orientation 6), not the 1024×576 copy.
        Assert.Equal(("1200", "1600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(PhotoSite.EuphratesAlt, img.GetAttribute("alt"));
        Assert.Equal(PhotoSite.EuphratesCaption, lead.QuerySelector("figcaption .caption")!.TextContent);

        var reader = _factory.CreateClient();
        var served = lead.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(',')).Select(c => c.Trim().Split(' ')[0]).ToList();
        Assert.NotEmpty(served);
        foreach (var url in served)
        {
            using var response = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(MediaApiTests.Leaks(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task A_scaled_upload_comes_in_as_its_unscaled_original_and_a_lead_image_without_alt_text_gets_one_and_a_warning()
    {
        var report = await ImportAsync();
        var page = await PageAsync(102);

        var img = page.QuerySelector("article figure.lead-photo picture img")!;
        // souq.jpg (2000×1500), not souq-scaled.jpg (1280×960).
        Assert.Equal(("1500", "2000"), (img.GetAttribute("width"), img.GetAttribute("height")));
        // WordPress had no alt text and the title is the camera's file name: the headline stands in.
        Assert.Equal(PhotoSite.SouqHeadline, img.GetAttribute("alt"));
        Assert.Contains(report.Warnings, w => w is { WordPressId: 102, Code: "lead_image_alt_missing" });
    }

    [Fact]
    public async Task Body_images_are_the_library_photographs_in_one_figure_with_the_caption_shortcode_or_image_block_caption_and_their_alt()
    {
        await ImportAsync();

        var classic = (await PageAsync(101)).QuerySelector(".article-body")!;
        var figure = Assert.Single(classic.QuerySelectorAll("figure"));
        Assert.Empty(figure.QuerySelectorAll("figure"));
        Assert.Single(figure.QuerySelectorAll("figcaption"));
        Assert.Equal(PhotoSite.EuphratesCaption, figure.QuerySelector("figcaption .caption")!.TextContent);
        var img = figure.QuerySelector("picture img")!;
        Assert.StartsWith("/media/", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("مجرى الفرات", img.GetAttribute("alt"));
        Assert.Equal(("1200", "1600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(classic.QuerySelector("a[href*='wp-content']"));

        var blocks = (await PageAsync(102)).QuerySelector(".article-body")!;
        var block = Assert.Single(blocks.QuerySelectorAll("figure"));
        Assert.Single(block.QuerySelectorAll("figcaption"));
        Assert.Equal(PhotoSite.SouqCaption, block.QuerySelector("figcaption .caption")!.TextContent);
        Assert.Equal(PhotoSite.SouqAlt, block.QuerySelector("picture img")!.GetAttribute("alt"));
        Assert.StartsWith("/media/", block.QuerySelector("picture img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_refused_files_are_in_the_report_keep_their_old_address_and_nothing_outside_the_folder_is_read()
    {
        var report = await ImportAsync();

        var c = report.Counts;
        Assert.Equal((7, 2, 0, 1, 4), (c.Media, c.MediaImported, c.MediaReused, c.MediaMissing, c.MediaRefused));
        Assert.Contains(report.Warnings, w => w is { WordPressId: 303, Code: "media_missing" } && w.Message.Contains("2026/01/lost.jpg", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w is { WordPressId: 101, Code: "media_missing" } && w.Message.Contains("2025/05/orphan.jpg", StringComparison.Ordinal));
        Assert.Equal([304, 305, 306], report.Warnings.Where(w => w.Code == "media_outside_uploads").Select(w => w.WordPressId!.Value).Order());
        Assert.Contains(report.Warnings, w => w is { WordPressId: 307, Code: "media_refused" } && w.Message.Contains("notes.jpg", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Warnings, w => w.Code == "media_not_copied");

        var body = (await PageAsync(101)).QuerySelector(".article-body")!;
        Assert.NotNull(body.QuerySelector($"img[src='{PhotoSite.LostImage}']"));
        Assert.NotNull(body.QuerySelector($"img[src='{PhotoSite.OrphanImage}']"));

        var outside = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(_site.Outside)));
        Assert.False(await ReadAsync(db => db.MediaItems.AnyAsync(m => m.OriginalHash == outside)));
        Assert.Equal(2, (await LibraryAsync()).Items);
    }

    [Fact]
    public async Task Importing_again_adds_no_photograph_and_reads_no_file_it_imported_before()
    {
        await ImportAsync();
        var library = await LibraryAsync();
        var mediaRows = await ReadAsync(db => db.ImportedMedia.CountAsync());

        // Were the files read again, they would now be missing.
        File.Delete(_site.Original("euphrates.jpg"));
        File.Delete(_site.Original("souq.jpg"));
        var again = await ImportAsync();

        Assert.Equal(library, await LibraryAsync());
        Assert.Equal(mediaRows, await ReadAsync(db => db.ImportedMedia.CountAsync()));
        Assert.Equal((0, 2, 1), (again.Counts.MediaImported, again.Counts.MediaReused, again.Counts.MediaMissing));
        Assert.Equal((0, 0, 2), (again.Counts.PostsCreated, again.Counts.PostsUpdated, again.Counts.PostsUnchanged));
        Assert.StartsWith("/media/", (await PageAsync(101)).QuerySelector("article figure.lead-photo img")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photographs_brought_over_later_update_the_imported_articles_and_leave_the_newsroom_edited_one_alone()
    {
        var first = await ImportAsync(withUploads: false);

        Assert.Equal("media_not_copied", first.Warnings[0].Code);
        Assert.Contains("--uploads DIR", first.Warnings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Warnings, w => w.Code is "media_missing" or "media_refused" or "media_outside_uploads");
        Assert.Null((await PageAsync(101)).QuerySelector("article figure.lead-photo"));
        Assert.NotNull((await PageAsync(101)).QuerySelector($".article-body img[src='{PhotoSite.Uploads}/2026/02/euphrates-1024x576.jpg']"));

        var souq = await ReadAsync(db => db.ImportedItems.Where(i => i.Kind == ImportedKind.Post && i.WordPressId == 102).Select(i => i.SahifaId).SingleAsync());
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        using (var scope = _factory.Services.CreateScope())
        {
            var edited = SahifaFactory.Story("سوق الهال الجديد يفتح أبوابه: التفاصيل", "محليات");
            Assert.True(await scope.ServiceProvider.GetRequiredService<SaveArticle>().UpdateAsync(souq, edited, CancellationToken.None));
        }

        var second = await ImportAsync();
        var third = await ImportAsync();

        Assert.Equal((1, 1), (second.Counts.PostsUpdated, second.Counts.PostsKept));
        var classic = await PageAsync(101);
        Assert.StartsWith("/media/", classic.QuerySelector("article figure.lead-photo img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.StartsWith("/media/", classic.QuerySelector(".article-body figure img")!.GetAttribute("src"), StringComparison.Ordinal);
        var kept = await PageAsync(102);
        Assert.Equal("سوق الهال الجديد يفتح أبوابه: التفاصيل", kept.Text("h1"));
        Assert.Null(kept.QuerySelector("article figure.lead-photo"));

        // The photographs' rewrite was the import's own: the next one sees no newsroom edit in it.
        Assert.Equal((0, 1, 1), (third.Counts.PostsUpdated, third.Counts.PostsUnchanged, third.Counts.PostsKept));
    }
}
