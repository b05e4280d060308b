using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Newsroom.Media;

/// `/newsroom/media` as a reporter uses it from a phone with JavaScript off: a file input, the
/// library below it, and the page that corrects a photograph's description.
public sealed class LibraryTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    private static int _seed = 120;

    private static Forms.Upload Photo(byte[]? content = null) =>
        new("Form.File", content ?? TestPhotos.CameraJpeg(seed: Interlocked.Increment(ref _seed)), "IMG_2041.jpg");

    private async Task<T> InDbAsync<T>(Func<SahifaDb, Task<T>> read)
    {
        using var scope = site.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"expected 303, got {(int)response.StatusCode}");
        var location = response.Headers.Location!.ToString();
        Assert.Matches(@"^/newsroom/media/\d+$", location);
        return int.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> UploadAsync(HttpClient client, string alt = "", string caption = "", string credit = "", byte[]? file = null)
    {
        using var response = await client.SubmitWithFileAsync("/newsroom/media",
            new Dictionary<string, string> { ["Form.Alt"] = alt, ["Form.Caption"] = caption, ["Form.Credit"] = credit }, Photo(file));
        return IdFrom(response);
    }

    [Fact]
    public async Task A_writer_uploads_a_phone_photo_with_a_plain_form_and_it_is_in_the_library_without_its_metadata()
    {
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        var id = await UploadAsync(writer, alt: "باعة الخضار في سوق القامشلي");

        var item = await writer.GetDocumentAsync($"/newsroom/media/{id}");
        Assert.Contains("أُضيفت الصورة", item.Text(".notice"));
        // Empty caption and credit were filled from the file's IPTC fields.
        Assert.Equal(TestPhotos.IptcCaption, item.QuerySelector("#caption")!.TextContent);
        Assert.Equal(TestPhotos.IptcCredit, item.QuerySelector("#credit")!.GetAttribute("value"));
        Assert.Equal("باعة الخضار في سوق القامشلي", item.QuerySelector(".media-item img")!.GetAttribute("alt"));
        Assert.Contains($"/media/{id}/", item.Text(".media-markdown"));

        // Every rendition the page lists is served, and none carries the phone's GPS or serial.
        var renditions = item.QuerySelectorAll(".media-renditions a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(renditions.Count >= 6, $"{renditions.Count} renditions");
        using var reader = site.CreateClient();
        foreach (var path in renditions)
        {
            var bytes = await reader.GetByteArrayAsync(path);
            Assert.Empty(MediaApiTests.Leaks(bytes));
        }

        var library = await writer.GetDocumentAsync("/newsroom/media");
        Assert.Contains(library.QuerySelectorAll(".media-tile a"), a => a.GetAttribute("href") == $"/newsroom/media/{id}");
    }

    [Fact]
    public async Task The_same_file_twice_is_the_photograph_already_in_the_library()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var file = TestPhotos.CameraJpeg(seed: Interlocked.Increment(ref _seed));
        var first = await UploadAsync(editor, alt: "الصورة الأولى", file: file);
        var again = await UploadAsync(editor, alt: "الصورة الأولى", file: file);

        Assert.Equal(first, again);
        var item = await editor.GetDocumentAsync($"/newsroom/media/{again}");
        Assert.Contains("في المكتبة من قبل", item.Text(".notice"));
    }

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { "bomb", "bomb.png", "image/png", "too_many_pixels" },
        { "svg", "logo.svg", "image/svg+xml", "svg_not_accepted" },
        { "html", "photo.jpg", "image/jpeg", "not_an_image" },
        { "pdf", "scan.jpg", "image/jpeg", "not_an_image" },
        { "truncated", "cut.jpg", "image/jpeg", "corrupt_image" },
        { "empty", "empty.jpg", "image/jpeg", "no_file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_in_arabic_with_what_was_typed_kept_and_nothing_stored(string kind, string fileName, string contentType, string code)
    {
        var file = kind switch
        {
            "bomb" => TestPhotos.PngBomb(),
            "svg" => TestPhotos.SvgWithScript(),
            "html" => TestPhotos.HtmlNamedJpg(),
            "pdf" => TestPhotos.Pdf(),
            "truncated" => TestPhotos.TruncatedJpeg(),
            _ => [],
        };
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var before = await InDbAsync(db => db.MediaItems.CountAsync());

        using var response = await editor.SubmitWithFileAsync("/newsroom/media",
            new Dictionary<string, string> { ["Form.Alt"] = "نص بديل كتبه المراسل" }, new Forms.Upload("Form.File", file, fileName, contentType));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var error = page.QuerySelector("#file-error")!;
        Assert.Equal(code, error.GetAttribute("data-code"));
        Assert.Matches(@"\p{IsArabic}", error.TextContent);
        Assert.Equal("file-error", page.QuerySelector("#file")!.GetAttribute("aria-describedby"));
        Assert.Equal("نص بديل كتبه المراسل", page.QuerySelector("#alt")!.GetAttribute("value"));
        Assert.Equal(before, await InDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task Search_finds_photographs_by_caption_and_by_credit()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var bridge = await UploadAsync(editor, alt: "جسر", caption: "جسر الرشيد في الرقة بعد ترميمه", credit: "عدسة فرات");
        var school = await UploadAsync(editor, alt: "مدرسة", caption: "تلاميذ في مدرسة بالحسكة", credit: "وكالة نورث برس");

        string[] Found(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".media-tile > a").Select(a => a.GetAttribute("href")!)];

        var byCaption = Found(await editor.GetDocumentAsync("/newsroom/media?q=" + Uri.EscapeDataString("الرشيد")));
        Assert.Contains($"/newsroom/media/{bridge}", byCaption);
        Assert.DoesNotContain($"/newsroom/media/{school}", byCaption);

        var byCredit = Found(await editor.GetDocumentAsync("/newsroom/media?q=" + Uri.EscapeDataString("نورث برس")));
        Assert.Contains($"/newsroom/media/{school}", byCredit);
        Assert.DoesNotContain($"/newsroom/media/{bridge}", byCredit);

        var none = await editor.GetDocumentAsync("/newsroom/media?q=" + Uri.EscapeDataString("كلمة لا توجد"));
        Assert.Empty(Found(none));
        Assert.Contains("لا صور تطابق", none.Text("main"));
    }

    [Fact]
    public async Task A_corrected_credit_shows_at_once_on_every_article_with_the_photograph_and_is_in_the_audit_log()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var id = await UploadAsync(editor, alt: "مخيم الهول من الجو", caption: "مخيم الهول", credit: "مصور مجهول");
        var path = (await InDbAsync(db => db.MediaFiles.Where(f => f.MediaItemId == id && f.ContentType == "image/jpeg").OrderByDescending(f => f.Width).Select(f => f.Path).FirstAsync()));
        var lead = await site.PublishAsync(SahifaFactory.Story("المخيم في صورة") with { Image = new ImageInput(id) });
        var inline = await site.PublishAsync(SahifaFactory.Story("المخيم في النص") with { Body = $"فقرة أولى.\n\n![مخيم الهول]({path})\n\nفقرة ثانية." });

        using var reader = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        Assert.Contains("مصور مجهول", (await reader.GetDocumentAsync($"/articles/{lead}")).Text("article figure figcaption"));
        Assert.Contains("مصور مجهول", (await reader.GetDocumentAsync($"/articles/{inline}")).Text(".article-body figure figcaption"));

        using var saved = await editor.SubmitAsync($"/newsroom/media/{id}", new Dictionary<string, string> { ["Form.Credit"] = "عدسة: هوشنك حسن" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal($"/newsroom/media/{id}", saved.Headers.Location!.ToString());

        // The cached pages are gone too: readers get the new credit on their next visit.
        Assert.Contains("عدسة: هوشنك حسن", (await reader.GetDocumentAsync($"/articles/{lead}")).Text("article figure figcaption"));
        Assert.Contains("عدسة: هوشنك حسن", (await reader.GetDocumentAsync($"/articles/{inline}")).Text(".article-body figure figcaption"));
        var item = await editor.GetDocumentAsync($"/newsroom/media/{id}");
        Assert.Contains("(2)", item.Text(".notice"));
        Assert.Equal(2, item.QuerySelectorAll("section[aria-labelledby='used-title'] li").Length);

        var logged = await InDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.MediaDescribed && e.Subject == $"صورة {id}").Select(e => e.Detail).SingleAsync());
        Assert.Contains("مصور مجهول", logged);
        Assert.Contains("هوشنك حسن", logged);
    }

    [Fact]
    public async Task A_caption_too_long_is_refused_in_arabic_and_the_text_comes_back()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var id = await UploadAsync(editor, alt: "سوق", caption: "سوق");
        var longCaption = string.Concat(Enumerable.Repeat("تعليق طويل جدًا ", 100));

        using var response = await editor.SubmitAsync($"/newsroom/media/{id}", new Dictionary<string, string> { ["Form.Caption"] = longCaption });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("التعليق أطول من", page.Text("#caption-error"));
        Assert.Equal(longCaption, page.QuerySelector("#caption")!.TextContent);
        Assert.Equal("سوق", await InDbAsync(db => db.MediaItems.Where(m => m.Id == id).Select(m => m.Caption).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_photograph_is_a_404_and_the_library_needs_a_signed_in_member_of_staff()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        using var missing = await editor.GetAsync("/newsroom/media/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var anonymous = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync("/newsroom/media");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/newsroom/sign-in", refused.Headers.Location!.ToString());
    }
}

/// The upload cap on the newsroom's form: a file over it is refused before it is read.
public sealed class LibraryUploadLimitTests : IDisposable
{
    private readonly ConfiguredSahifaFactory _site = new(("Sahifa:Media:MaxUploadMegabytes", "1"));

    [Fact]
    public async Task A_photo_over_the_limit_gets_413_and_an_arabic_page_before_it_is_read()
    {
        using var editor = await _site.NewsroomClientAsync(StaffRoles.Editor);
        var big = new byte[3 * 1024 * 1024];
        TestPhotos.CameraJpeg().CopyTo(big, 0);

        using var response = await editor.SubmitWithFileAsync("/newsroom/media", new Dictionary<string, string>(), new Forms.Upload("Form.File", big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Matches(@"\p{IsArabic}", await response.Content.ReadAsStringAsync());
        using var scope = _site.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SahifaDb>().MediaItems.CountAsync());
    }

    public void Dispose() => _site.Dispose();
}
