using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom.Articles;

public sealed class EditTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    private static Dictionary<string, string> Story(string title, string action) => new()
    {
        ["Form.Title"] = title,
        ["Form.Standfirst"] = "مقدمة المادة كما كتبها المراسل.",
        ["Form.Body"] = "فقرة أولى عن الرقة.\n\n## ما الذي حدث\n\nفقرة ثانية فيها WhatsApp و«M4».",
        ["Form.Section"] = "سياسة",
        ["Form.Sources"] = "المرصد المحلي\nوكالة الأنباء",
        ["Form.Places"] = "الرقة",
        ["Form.Authors"] = "ليلى حسن",
        ["action"] = action,
    };

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"expected a redirect, got {(int)response.StatusCode}");
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<T> InDbAsync<T>(Func<SahifaDb, Task<T>> read)
    {
        using var scope = site.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }

    [Fact]
    public async Task An_editor_writes_and_publishes_an_article_that_readers_then_find()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        using var response = await editor.SubmitAsync("/newsroom/articles/new", Story("افتتاح جسر الرقة الجديد", "publish"));
        var id = IdFrom(response);

        using var reader = site.CreateClient();
        using var page = await reader.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        var document = await reader.GetDocumentAsync(page.Headers.Location!.ToString());
        Assert.Equal("افتتاح جسر الرقة الجديد", document.Text("h1#headline"));
        Assert.Equal("ما الذي حدث", document.Text(".article-body h2"));
        Assert.Equal(["المرصد المحلي", "وكالة الأنباء"], document.Texts(".sources li"));
        Assert.Contains("ليلى حسن", document.Text(".byline"));

        var actions = await InDbAsync(db => db.AuditEntries.Where(e => e.Subject.Contains($"مقال {id}:")).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.ArticlePublished, actions);
    }

    [Fact]
    public async Task A_writer_saves_a_draft_and_submits_it_but_may_not_publish()
    {
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        var id = IdFrom(await writer.SubmitAsync("/newsroom/articles/new", Story("مسودة مراسل من الحسكة", "save")));
        Assert.Equal(ArticleStatus.Draft, await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        using var publish = await writer.SubmitAsync($"/newsroom/articles/{id}", Story("مسودة مراسل من الحسكة", "publish"));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        IdFrom(await writer.SubmitAsync($"/newsroom/articles/{id}", Story("مسودة مراسل من الحسكة", "review")));
        Assert.Equal(ArticleStatus.InReview, await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        using var reader = site.CreateClient();
        using var hidden = await reader.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_writer_may_not_open_a_colleagues_draft_or_a_published_article()
    {
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        using var colleague = await site.NewsroomClientAsync(StaffRoles.Writer);
        var draft = IdFrom(await colleague.SubmitAsync("/newsroom/articles/new", Story("مسودة زميل", "save")));
        var published = await site.PublishAsync(SahifaFactory.Story("خبر منشور لا يعدّله الكاتب"));

        using var other = await writer.GetAsync($"/newsroom/articles/{draft}");
        using var live = await writer.GetAsync($"/newsroom/articles/{published}");
        using var history = await writer.GetAsync($"/newsroom/articles/{published}/history");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, live.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, history.StatusCode);
    }

    [Fact]
    public async Task A_missing_headline_comes_back_with_an_arabic_message_and_the_text_kept()
    {
        using var editor = await site.NewsroomClientAsync();
        var values = Story("", "publish");
        using var response = await editor.SubmitAsync("/newsroom/articles/new", values);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("مطلوب", page.Text("#title-error"));
        Assert.Equal(values["Form.Body"], page.QuerySelector("textarea#body")!.TextContent);
        Assert.Equal("title-error", page.QuerySelector("input#title")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task The_preview_is_the_public_pages_own_article_html()
    {
        using var editor = await site.NewsroomClientAsync();
        var values = Story("معاينة قبل النشر", "preview");
        using var preview = await editor.SubmitAsync("/newsroom/articles/new", values);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewPage = await preview.ReadDocumentAsync();
        Assert.Equal(0, await InDbAsync(db => db.Articles.CountAsync(a => a.Headline == "معاينة قبل النشر")));

        values["action"] = "publish";
        var id = IdFrom(await editor.SubmitAsync("/newsroom/articles/new", values));
        using var reader = site.CreateClient();
        var slug = await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        var publicPage = await reader.GetDocumentAsync(ArticleUrls.Article(id, slug));

        Assert.Equal(publicPage.QuerySelector("article .article-body")!.InnerHtml, previewPage.QuerySelector(".preview article .article-body")!.InnerHtml);
        Assert.Equal(publicPage.QuerySelector("article .sources")!.OuterHtml, previewPage.QuerySelector(".preview article .sources")!.OuterHtml);
        Assert.Equal(publicPage.Text("article h1"), previewPage.Text(".preview article h1"));
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_version_is_refused_and_keeps_what_they_typed()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يعدّله محرران"));
        using var first = await site.NewsroomClientAsync();
        using var second = await site.NewsroomClientAsync();
        var firstForm = await first.GetDocumentAsync($"/newsroom/articles/{id}");
        var secondForm = await second.GetDocumentAsync($"/newsroom/articles/{id}");

        using var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Form.Body"] = "نص المحرر الأول: قُتل ثلاثة.", ["action"] = "save" }, pageUrl: $"/newsroom/articles/{id}");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);

        using var refused = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Form.Body"] = "نص المحرر الثاني: قُتل خمسة.", ["action"] = "save" }, pageUrl: $"/newsroom/articles/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("حفظ زميل", page.Text("#conflict-title"));
        Assert.Contains("نص المحرر الأول", page.Text(".conflict .their-body"));
        Assert.Equal("نص المحرر الثاني: قُتل خمسة.", page.QuerySelector("textarea#body")!.TextContent);
        Assert.Contains("خمسة", page.Texts(".conflict .diff ins"));
        Assert.Contains("ثلاثة", page.Texts(".conflict .diff del"));
        Assert.Equal("نص المحرر الأول: قُتل ثلاثة.", await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync()));

        // Saving again from the conflict page is a deliberate "keep mine".
        using var kept = await second.SubmitAsync(page, new Dictionary<string, string> { ["action"] = "save" }, pageUrl: $"/newsroom/articles/{id}");
        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        Assert.Equal("نص المحرر الثاني: قُتل خمسة.", await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.BodyMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task A_new_slug_redirects_the_old_address()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("عنوان أول للخبر"));
        var oldSlug = await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        using var editor = await site.NewsroomClientAsync();
        using var saved = await editor.SubmitAsync($"/newsroom/articles/{id}", new Dictionary<string, string> { ["Form.Slug"] = "جسر الرقة", ["action"] = "save" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);

        using var reader = site.CreateClient();
        using var old = await reader.GetAsync(ArticleUrls.Article(id, oldSlug));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/articles/{id}/جسر-الرقة", Uri.UnescapeDataString(old.Headers.Location!.ToString()));
        await reader.GetDocumentAsync(ArticleUrls.Article(id, "جسر-الرقة"));
    }

    [Fact]
    public async Task Unpublishing_makes_the_public_address_answer_gone()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر سيُسحب"));
        using var editor = await site.NewsroomClientAsync();
        using var response = await editor.SubmitAsync($"/newsroom/articles/{id}", new Dictionary<string, string> { ["action"] = "unpublish" });
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);

        using var reader = site.CreateClient();
        var slug = await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync());
        var gone = await reader.GetDocumentAsync(ArticleUrls.Article(id, slug), expectedStatus: 410);
        Assert.Contains("سُحبت", gone.Text("main"));
        var front = await reader.GetDocumentAsync("/");
        Assert.DoesNotContain("خبر سيُسحب", front.Body!.TextContent);
        Assert.Contains(AuditActions.ArticleUnpublished, await InDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_writer_gets_403_for_unpublishing()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر لا يسحبه كاتب"));
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        using var response = await writer.PostAsync($"/newsroom/articles/{id}", new FormUrlEncodedContent([]));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        Assert.Equal(ArticleStatus.Published, await InDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_breaking_flag_shows_on_the_front_page()
    {
        using var editor = await site.NewsroomClientAsync();
        var values = Story("عاجل: انقطاع الكهرباء في القامشلي", "publish");
        values["Form.Breaking"] = "true";
        IdFrom(await editor.SubmitAsync("/newsroom/articles/new", values));

        using var reader = site.CreateClient();
        var front = await reader.GetDocumentAsync("/");
        var card = front.QuerySelectorAll("article, li").First(e => e.TextContent.Contains("انقطاع الكهرباء في القامشلي", StringComparison.Ordinal));
        Assert.Contains("عاجل", card.TextContent);
    }
}
