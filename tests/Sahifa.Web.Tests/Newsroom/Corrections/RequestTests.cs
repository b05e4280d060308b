using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Corrections;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Newsroom.Corrections;

public sealed class RequestTests(ReadersSahifaFactory site) : IClassFixture<ReadersSahifaFactory>
{
    private readonly HttpClient _reader = site.CreateClient();

    private static ArticleInput Market(string title, string figure) => SahifaFactory.Story(title, "اقتصاد") with
    {
        Body = $"افتتح مجلس المدينة السوق صباح اليوم.\n\nقال رئيس المجلس إن الأسواق الجديدة تضم {figure} محلاً، وإن العمل سيبدأ غدًا.",
    };

    /// An article published with a wrong figure (revision 1), then fixed (revision 2).
    private async Task<int> CorrectedArticleAsync(string title)
    {
        var id = await site.PublishAsync(Market(title, "١٠٠"));
        site.Clock.Advance(TimeSpan.FromHours(1));
        using var scope = site.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<SaveArticle>().UpdateAsync(id, Market(title, "١٢٠"), CancellationToken.None));
        return id;
    }

    private async Task<int> RequestAsync(int articleId, string quote, string details)
    {
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(articleId));
        site.Clock.Advance(ReaderForms.WritingTime);
        using var response = await _reader.SendFormAsync(page, "form.correction-request-form", new Dictionary<string, string>
        {
            ["name"] = "سلمان",
            ["email"] = $"s-{Guid.NewGuid():N}@example.org",
            ["quote"] = quote,
            ["details"] = details,
        });
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return await site.WithDbAsync(db => db.CorrectionRequests.Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
    }

    [Fact]
    public async Task The_request_page_highlights_the_quoted_passage_in_its_paragraph_even_without_hamza()
    {
        var id = await site.PublishAsync(Market("سوق بعدد محلات خاطئ", "١٠٠"));
        var request = await RequestAsync(id, "الاسواق الجديدة تضم ١٠٠ محلا", "العدد ١٢٠ لا ١٠٠.");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        var page = await editor.GetDocumentAsync($"/newsroom/corrections/{request}");

        Assert.Equal("الأسواق الجديدة تضم ١٠٠ محلاً", page.Text(".quote-context mark.quoted"));
        Assert.StartsWith("قال رئيس المجلس إن ", page.Text(".quote-context"));
        Assert.Contains("سوق بعدد محلات خاطئ", page.Text("h1"));
        var queue = await editor.GetDocumentAsync("/newsroom/corrections");
        Assert.NotNull(queue.QuerySelector($"#request-{request}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await site.NewsroomClientAsync(StaffRoles.Writer)).GetAsync($"/newsroom/corrections/{request}")).StatusCode);
    }

    [Fact]
    public async Task A_quote_not_in_the_text_is_shown_as_sent_and_said_to_be_missing()
    {
        var id = await site.PublishAsync(Market("سوق لم يذكر فيه المقطع", "١٠٠"));
        var request = await RequestAsync(id, "جملة لم ترد في المادة أبدًا", "تفاصيل");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        var page = await editor.GetDocumentAsync($"/newsroom/corrections/{request}");

        Assert.Null(page.QuerySelector("mark.quoted"));
        Assert.NotNull(page.QuerySelector(".quote-missing"));
    }

    [Fact]
    public async Task Accepting_publishes_a_correction_everywhere_readers_look_and_opens_the_fixing_revision()
    {
        var id = await CorrectedArticleAsync("سوق الهال الجديد في القامشلي");
        var request = await RequestAsync(id, "تضم ١٠٠ محلاً", "العدد الصحيح ١٢٠.");
        var editorEmail = await site.StaffAsync(StaffRoles.Editor);
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor, editorEmail);

        var form = await editor.GetDocumentAsync($"/newsroom/corrections/{request}");
        Assert.Equal("2", form.QuerySelector("select[name=Revision] option[selected]")!.GetAttribute("value"));
        using var accepted = await editor.SubmitAsync($"/newsroom/corrections/{request}", new Dictionary<string, string>
        {
            ["Kind"] = "correction",
            ["Text"] = "ذكرت نسخة سابقة أن السوق يضم ١٠٠ محل، والصحيح ١٢٠.",
        }, "form.accept-form");

        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        var canonical = await _reader.CanonicalAsync(id);
        var page = await _reader.GetDocumentAsync(canonical);
        // Serious kinds sit above the text, in the marked box, with kind, date and text.
        var box = page.QuerySelector("article .corrections-serious")!;
        Assert.Same(box.NextElementSibling, page.QuerySelector("article .article-body"));
        Assert.Equal("تصحيح", box.QuerySelector(".correction-kind")!.TextContent);
        Assert.Equal("ذكرت نسخة سابقة أن السوق يضم ١٠٠ محل، والصحيح ١٢٠.", box.QuerySelector(".correction-text")!.TextContent);
        Assert.Contains("2026", box.QuerySelector(".correction-date time")!.TextContent);
        Assert.NotNull(page.QuerySelector(".dateline .updated time"));
        var changes = box.QuerySelector("a.correction-changes")!.GetAttribute("href")!;
        Assert.Equal($"/articles/{id}/changes/2", changes);

        var diff = await _reader.GetDocumentAsync(changes);
        Assert.Equal("١٠٠", diff.Text(".changes-body del"));
        Assert.Equal("١٢٠", diff.Text(".changes-body ins"));

        var list = await _reader.GetDocumentAsync("/corrections");
        Assert.Equal("سوق الهال الجديد في القامشلي", list.Text(".corrections-list li:first-child h2 a"));

        var json = await _reader.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{id}");
        var correction = Assert.Single(json.GetProperty("corrections").EnumerateArray());
        Assert.Equal("correction", correction.GetProperty("kind").GetString());
        Assert.EndsWith($"/articles/{id}/changes/2", correction.GetProperty("changes").GetString());

        var ld = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).First();
        Assert.Contains("والصحيح ١٢٠", ld.GetProperty("correction")[0].GetProperty("text").GetString());

        Assert.Equal(CorrectionRequestStatus.Accepted, await site.WithDbAsync(db => db.CorrectionRequests.Where(r => r.Id == request).Select(r => r.Status).SingleAsync()));
        Assert.True(await site.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id && r.Number == 2).Select(r => r.IsPublic).SingleAsync()));
        var audit = await site.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.CorrectionAccepted && e.Subject.StartsWith($"مقال {id}:")));
        Assert.Equal(editorEmail, audit.ActorName);
    }

    [Fact]
    public async Task Declining_needs_an_internal_note_and_publishes_nothing()
    {
        var id = await site.PublishAsync(Market("سوق برأي مخالف", "١٠٠"));
        var request = await RequestAsync(id, "", "لا أتفق مع المقال.");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        using var withoutNote = await editor.SubmitAsync($"/newsroom/corrections/{request}", new Dictionary<string, string> { ["note"] = " " }, "form.decline-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutNote.StatusCode);
        Assert.Contains("اكتب سبب الرفض", (await withoutNote.ReadDocumentAsync()).Text(".decline-form .field-error"));

        using var declined = await editor.SubmitAsync($"/newsroom/corrections/{request}", new Dictionary<string, string> { ["note"] = "رأي لا خطأ في الوقائع." }, "form.decline-form");

        Assert.Equal(HttpStatusCode.SeeOther, declined.StatusCode);
        var stored = await site.WithDbAsync(db => db.CorrectionRequests.SingleAsync(r => r.Id == request));
        Assert.Equal(CorrectionRequestStatus.Declined, stored.Status);
        Assert.Equal("رأي لا خطأ في الوقائع.", stored.InternalNote);
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        Assert.Null(page.QuerySelector(".corrections-box"));
        Assert.DoesNotContain("رأي لا خطأ", page.DocumentElement.OuterHtml);
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CorrectionDeclined && e.Subject.StartsWith($"طلب تصحيح {request} "))));
    }

    [Fact]
    public async Task Editors_add_an_update_directly_and_it_follows_the_text()
    {
        var id = await CorrectedArticleAsync("سوق يفتح مساءً أيضًا");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        using var missing = await editor.SubmitAsync($"/newsroom/corrections/new?article={id}", new Dictionary<string, string> { ["Kind"] = "update", ["Text"] = "" }, "form.correction-new-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        using var added = await editor.SubmitAsync($"/newsroom/corrections/new?article={id}", new Dictionary<string, string>
        {
            ["Kind"] = "update",
            ["Text"] = "أعلن المجلس بعد النشر أن السوق سيفتح مساءً أيضًا.",
            ["Revision"] = "1",
        }, "form.correction-new-form");

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        Assert.Null(page.QuerySelector(".corrections-serious"));
        var box = page.QuerySelector("article .corrections-minor")!;
        Assert.Same(box.PreviousElementSibling, page.QuerySelector("article .article-body"));
        Assert.Equal("تحديث", box.QuerySelector(".correction-kind")!.TextContent);
        Assert.Equal($"/articles/{id}/changes/1", box.QuerySelector("a.correction-changes")!.GetAttribute("href"));
        // Revision 1 is the first published text: nothing to compare it with.
        var first = await _reader.GetDocumentAsync($"/articles/{id}/changes/1");
        Assert.Contains("كما نُشر أول مرة", first.Text(".archive-description"));
        Assert.Empty(first.QuerySelectorAll(".diff ins, .diff del"));
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CorrectionAdded && e.Subject.StartsWith($"مقال {id}:"))));
    }

    [Fact]
    public async Task Only_revisions_marked_public_have_a_what_changed_page()
    {
        var id = await CorrectedArticleAsync("سوق بنسخ داخلية");

        await _reader.GetDocumentAsync($"/articles/{id}/changes/2", 404);
        await _reader.GetDocumentAsync($"/articles/{id}/changes/99", 404);
    }

    [Fact]
    public async Task The_corrections_page_lists_newest_first_and_pages()
    {
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        for (var i = 0; i < CorrectionQueries.PageSize + 1; i++)
        {
            var id = await site.PublishAsync(Market($"مادة مصححة رقم {i}", "١٠٠"));
            site.Clock.Advance(TimeSpan.FromMinutes(1));
            using var added = await editor.SubmitAsync($"/newsroom/corrections/new?article={id}", new Dictionary<string, string>
            {
                ["Kind"] = "clarification",
                ["Text"] = $"توضيح رقم {i}",
            }, "form.correction-new-form");
            Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        }

        var first = await _reader.GetDocumentAsync("/corrections");
        var texts = first.Texts(".corrections-list .correction-text");
        Assert.Equal(CorrectionQueries.PageSize, texts.Count);
        Assert.Equal($"توضيح رقم {CorrectionQueries.PageSize}", texts[0]);
        Assert.Equal("/corrections?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var second = await _reader.GetDocumentAsync("/corrections?page=2");
        Assert.NotEmpty(second.QuerySelectorAll(".corrections-list li"));
        await _reader.GetDocumentAsync("/corrections?page=99", 404);
    }
}
