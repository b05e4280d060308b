using System.Net;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Readers;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Corrections;

public sealed class RequestCorrectionTests(ReadersSahifaFactory site) : IClassFixture<ReadersSahifaFactory>
{
    private readonly HttpClient _reader = site.CreateClient();

    private async Task<(string Canonical, AngleSharp.Dom.IDocument Page)> ArticleAsync(string title)
    {
        var id = await site.PublishAsync(SahifaFactory.Story(title));
        var canonical = await _reader.CanonicalAsync(id);
        var page = await _reader.GetDocumentAsync(canonical);
        site.Clock.Advance(ReaderForms.WritingTime);
        return (canonical, page);
    }

    [Fact]
    public async Task The_invitation_opens_the_form_and_a_request_reaches_the_newsroom_with_a_thank_you()
    {
        var (canonical, page) = await ArticleAsync("عدد المحلات في السوق الجديد");
        var email = $"careful-{Guid.NewGuid():N}@example.org";

        Assert.Equal("#correction", page.QuerySelector(".correction-invite a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#correction form.correction-request-form"));
        using var response = await _reader.SendFormAsync(page, "form.correction-request-form", new Dictionary<string, string>
        {
            ["name"] = "سلمان\u202E",
            ["email"] = email,
            ["quote"] = "فقرة أولى",
            ["details"] = "العدد الصحيح ١٢٠ محلاً وفق بيان المجلس.",
        });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(canonical + "?correction=sent#correction", response.Headers.Location!.OriginalString);
        var thanks = await _reader.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains("وصل طلب التصحيح", thanks.Text("#correction .notice"));
        Assert.DoesNotContain(email, thanks.DocumentElement.OuterHtml);
        var stored = await site.WithDbAsync(db => db.CorrectionRequests.SingleAsync(r => r.Email == email));
        Assert.Equal(CorrectionRequestStatus.Open, stored.Status);
        Assert.Equal("سلمان", stored.Name);
        Assert.Equal("فقرة أولى", stored.Quote);
    }

    [Fact]
    public async Task Missing_details_show_the_form_again_with_the_text_kept()
    {
        var (_, page) = await ArticleAsync("خبر بطلب ناقص");

        using var response = await _reader.SendFormAsync(page, "form.correction-request-form", new Dictionary<string, string>
        {
            ["name"] = "ليلى",
            ["email"] = "",
            ["quote"] = "«مقطع من المادة»",
            ["details"] = "",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var form = await response.ReadDocumentAsync();
        Assert.Contains("اكتب بريدك الإلكتروني", form.Text("[id^=correction-email-error]"));
        Assert.Equal("اكتب ما الخطأ في رأيك وما الصواب.", form.Text("[id^=correction-details-error]"));
        Assert.Equal("«مقطع من المادة»", form.Text("textarea[name=quote]"));
        Assert.Equal("ليلى", form.QuerySelector("input[name=name]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Honeypot_cross_site_and_unknown_article_requests_store_nothing()
    {
        var (canonical, page) = await ArticleAsync("خبر يستهدفه المزعجون");
        var values = new Dictionary<string, string> { ["name"] = "روبوت", ["email"] = "bot@example.org", ["details"] = "اشترِ الآن" };

        using var trapped = await _reader.SendFormAsync(page, "form.correction-request-form", new Dictionary<string, string>(values) { [Honeypot.Field] = "x" });
        using var crossSite = await _reader.SendFormAsync(page, "form.correction-request-form", values, new Dictionary<string, string?> { ["Origin"] = "https://evil.example", ["Sec-Fetch-Site"] = "cross-site" });
        var fields = Forms.Fields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form.correction-request-form")!);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        using var unknown = await _reader.PostAsync("/articles/999999/corrections", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, trapped.StatusCode);
        Assert.Equal(canonical + "?correction=sent#correction", trapped.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.CorrectionRequests.AnyAsync(r => r.Email == "bot@example.org")));
    }

    [Fact]
    public async Task The_form_has_its_own_page_too()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر بصفحة نموذج"));

        var page = await _reader.GetDocumentAsync($"/articles/{id}/corrections");

        Assert.Equal("أرسل تصحيحًا", page.Text("h1"));
        Assert.Equal($"/articles/{id}/corrections", page.QuerySelector("form.correction-request-form")!.GetAttribute("action"));
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));
    }
}
