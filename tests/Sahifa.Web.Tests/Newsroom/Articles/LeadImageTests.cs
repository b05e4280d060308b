using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Newsroom.Articles;

/// The editor's lead image: picked from the library by its tile or its number, or uploaded with
/// the article. Every path keeps what was typed when something is refused.
public sealed class LeadImageTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    private static int _seed = 160;

    private static Dictionary<string, string> Story(string title, string action) => new()
    {
        ["Form.Title"] = title,
        ["Form.Standfirst"] = "مقدمة المادة كما كتبها المراسل.",
        ["Form.Body"] = "فقرة أولى عن القامشلي.",
        ["Form.Section"] = "مجتمع",
        ["action"] = action,
    };

    private static Forms.Upload Photo() => new("Form.ImageFile", TestPhotos.CameraJpeg(seed: Interlocked.Increment(ref _seed)));

    private async Task<T> InDbAsync<T>(Func<SahifaDb, Task<T>> read)
    {
        using var scope = site.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }

    private async Task<int> LibraryPhotoAsync(string alt)
    {
        using var scope = site.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UploadMedia>()
            .UploadAsync(TestPhotos.CameraJpeg(seed: Interlocked.Increment(ref _seed)), new MediaInput { Alt = alt }, null, default);
        return Assert.IsType<UploadMedia.Outcome.Stored>(stored).Id;
    }

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"expected 303, got {(int)response.StatusCode}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<AngleSharp.Dom.IElement> LeadFigureAsync(int articleId)
    {
        using var reader = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var page = await reader.GetDocumentAsync($"/articles/{articleId}");
        return page.QuerySelector("article figure.lead-photo") ?? throw new Xunit.Sdk.XunitException("no lead figure on the article page");
    }

    [Fact]
    public async Task An_editor_uploads_the_lead_image_with_the_article_and_publishes_it()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var values = Story("طوابير الخبز في القامشلي", "publish");
        values["Form.ImageAlt"] = "طابور أمام فرن في القامشلي";
        values["Form.ImageCaption"] = "فرن الهلالية صباح الأحد";

        using var response = await editor.SubmitWithFileAsync("/newsroom/articles/new", values, Photo());
        var id = IdFrom(response);

        var figure = await LeadFigureAsync(id);
        Assert.Equal("طابور أمام فرن في القامشلي", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("فرن الهلالية صباح الأحد", figure.QuerySelector("figcaption")!.TextContent);
        // The rest of the figure's text is the file's own, read before it was stripped.
        Assert.Contains(TestPhotos.IptcCredit, figure.QuerySelector("figcaption")!.TextContent);
        var leadId = await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.LeadImageId).SingleAsync());
        Assert.NotNull(leadId);
        Assert.Equal("طابور أمام فرن في القامشلي", await InDbAsync(db => db.MediaItems.Where(m => m.Id == leadId).Select(m => m.Alt).SingleAsync()));

        // Opened again, the editor shows the choice and this article's own caption.
        var reopened = await editor.GetDocumentAsync($"/newsroom/articles/{id}");
        Assert.True(reopened.QuerySelector($"input[name='Form.ImageId'][value='{leadId}']")!.HasAttribute("checked"));
        Assert.Equal("فرن الهلالية صباح الأحد", reopened.QuerySelector("#image-caption")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_photo_is_picked_by_its_tile_or_by_its_number_typed_in_arabic_digits()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var tile = await LibraryPhotoAsync("جسر الرشيد في الرقة");
        var typed = await LibraryPhotoAsync("نهر الفرات عند الرقة");

        var form = await editor.GetDocumentAsync("/newsroom/articles/new");
        Assert.NotNull(form.QuerySelector($"input[name='Form.ImageId'][value='{tile}']"));
        var byTile = Story("الجسر يعود إلى العمل", "publish");
        byTile["Form.ImageId"] = tile.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var first = await editor.SubmitWithFileAsync("/newsroom/articles/new", byTile, null);
        Assert.Equal("جسر الرشيد في الرقة", (await LeadFigureAsync(IdFrom(first))).QuerySelector("img")!.GetAttribute("alt"));

        var byNumber = Story("الفرات في الصيف", "publish");
        byNumber["Form.ImageId"] = tile.ToString(System.Globalization.CultureInfo.InvariantCulture);
        byNumber["Form.ImageNumber"] = Sahifa.Arabic.ArabicDigits.Apply(typed.ToString(System.Globalization.CultureInfo.InvariantCulture), Sahifa.Arabic.DigitStyle.Eastern);
        using var second = await editor.SubmitWithFileAsync("/newsroom/articles/new", byNumber, null);
        Assert.Equal("نهر الفرات عند الرقة", (await LeadFigureAsync(IdFrom(second))).QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task Publishing_an_uploaded_photo_without_alt_text_is_refused_but_the_photo_and_the_text_are_kept()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var before = await InDbAsync(db => db.MediaItems.CountAsync());

        using var refused = await editor.SubmitWithFileAsync("/newsroom/articles/new", Story("حريق في سوق الهال", "publish"), Photo());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("اكتب نصًا بديلًا للصورة الرئيسية", page.Text("#image-error"));
        Assert.Equal("حريق في سوق الهال", page.QuerySelector("#title")!.GetAttribute("value"));
        // The photo joined the library and stays chosen: the writer only adds the alt text.
        Assert.Equal(before + 1, await InDbAsync(db => db.MediaItems.CountAsync()));
        var chosen = page.QuerySelector("input[name='Form.ImageId'][checked]")!.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(chosen));

        var values = Forms.Fields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form.editor")!).ToDictionary(f => f.Key, f => f.Value);
        values["Form.ImageAlt"] = "رجال الإطفاء أمام محلات محترقة";
        values["action"] = "publish";
        using var content = new FormUrlEncodedContent(values);
        using var published = await editor.PostAsync("/newsroom/articles/new", content);
        var figure = await LeadFigureAsync(IdFrom(published));
        Assert.Equal("رجال الإطفاء أمام محلات محترقة", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal(before + 1, await InDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("html")]
    public async Task A_bad_file_in_the_editor_is_refused_in_arabic_and_the_article_text_comes_back(string kind)
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Writer);
        var before = await InDbAsync(db => db.MediaItems.CountAsync());
        var file = kind == "svg"
            ? new Forms.Upload("Form.ImageFile", TestPhotos.SvgWithScript(), "logo.svg", "image/svg+xml")
            : new Forms.Upload("Form.ImageFile", TestPhotos.HtmlNamedJpg(), "photo.jpg");

        using var response = await editor.SubmitWithFileAsync("/newsroom/articles/new", Story("مسودة فيها صورة سيئة", "save"), file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Matches(@"\p{IsArabic}", page.Text("#image-error"));
        Assert.Equal("مسودة فيها صورة سيئة", page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("فقرة أولى عن القامشلي.", page.QuerySelector("#body")!.TextContent.Trim());
        Assert.Equal(before, await InDbAsync(db => db.MediaItems.CountAsync()));
        Assert.Equal(0, await InDbAsync(db => db.Articles.CountAsync(a => a.Headline == "مسودة فيها صورة سيئة")));
    }

    [Theory]
    [InlineData("صورة الجسر", "رقم الصورة غير مفهوم")]
    [InlineData("999999", "لا توجد صورة بهذا الرقم")]
    public async Task A_number_that_names_no_photograph_is_refused_in_arabic(string number, string message)
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var values = Story("خبر برقم صورة خاطئ", "save");
        values["Form.ImageNumber"] = number;

        using var response = await editor.SubmitWithFileAsync("/newsroom/articles/new", values, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.Text("#image-error"));
        Assert.Equal(number, page.QuerySelector("#image-number")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_preview_shows_the_lead_image_and_choosing_none_removes_it()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var photo = await LibraryPhotoAsync("ساحة النعيم في الرقة");
        var values = Story("الساحة بعد الترميم", "preview");
        values["Form.ImageId"] = photo.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var preview = await editor.SubmitWithFileAsync("/newsroom/articles/new", values, null);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await preview.ReadDocumentAsync();
        Assert.Equal("ساحة النعيم في الرقة", page.QuerySelector(".preview figure.lead-photo img")!.GetAttribute("alt"));

        values["action"] = "publish";
        using var published = await editor.SubmitWithFileAsync("/newsroom/articles/new", values, null);
        var id = IdFrom(published);
        var edit = await editor.GetDocumentAsync($"/newsroom/articles/{id}");
        var form = Forms.Fields((AngleSharp.Html.Dom.IHtmlFormElement)edit.QuerySelector("main form.editor")!).Where(f => f.Key != "Form.ImageId").ToList();
        form.Add(new("Form.ImageId", ""));
        form.Add(new("action", "publish"));
        using var content = new FormUrlEncodedContent(form);
        using var removed = await editor.PostAsync($"/newsroom/articles/{id}", content);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Null(await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.LeadImageId).SingleAsync()));
    }
}
