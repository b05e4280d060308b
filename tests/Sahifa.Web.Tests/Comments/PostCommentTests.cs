using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Comments;
using Sahifa.Web.Readers;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Comments;

public sealed class PostCommentTests(ReadersSahifaFactory site) : IClassFixture<ReadersSahifaFactory>
{
    private readonly HttpClient _reader = site.CreateClient();

    private static string Email() => $"reader-{Guid.NewGuid():N}@example.org";

    private async Task ApproveAsync(params int[] ids)
    {
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        foreach (var id in ids)
        {
            using var response = await api.PostAsync($"/api/v1/comments/{id}/approve", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Comment_goes_to_moderation_and_the_reader_is_told_so_at_its_anchor()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("سوق الهال الجديد يفتح أبوابه"));
        var canonical = await _reader.CanonicalAsync(id);

        using var response = await _reader.CommentAsync(site, id, "ليلى", Email(), "متى يفتح السوق يوم الجمعة؟");

        var commentId = response.CommentId();
        Assert.Equal($"{canonical}?awaiting={commentId}#comment-{commentId}", response.Headers.Location!.OriginalString);
        var page = await _reader.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains("بانتظار المراجعة", page.Text($"#comment-{commentId}"));
        Assert.Empty(page.QuerySelectorAll("article.comment"));
        Assert.DoesNotContain("متى يفتح السوق", page.Text("#comments"));
        var stored = await site.WithDbAsync(db => db.Comments.SingleAsync(c => c.Id == commentId));
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal(id, stored.ArticleId);
    }

    [Fact]
    public async Task Approved_comments_show_in_thread_order_with_name_date_and_count_near_the_headline()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("جسر الخابور يعود للخدمة"));
        using var first = await _reader.CommentAsync(site, id, "سلمان", Email(), "خبر جيد للسائقين.");
        using var second = await _reader.CommentAsync(site, id, "جيهان", Email(), "متى يفتح للحافلات؟");
        await ApproveAsync(second.CommentId(), first.CommentId());

        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));

        Assert.Equal(["سلمان", "جيهان"], page.Texts("article.comment .comment-author"));
        Assert.Equal("تعليقان", page.Text(".article-meta .comment-count a"));
        Assert.Equal("#comments", page.QuerySelector(".article-meta .comment-count a")!.GetAttribute("href"));
        var date = page.QuerySelector($"#comment-{first.CommentId()} time")!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$", date.GetAttribute("datetime"));
        Assert.Contains("مارس/آذار 2026", date.TextContent);
        Assert.Equal("خبر جيد للسائقين.", page.Text($"#comment-{first.CommentId()} .comment-body"));
    }

    [Fact]
    public async Task The_email_is_absent_from_every_public_response()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("اجتماع مجلس المدينة"));
        var email = $"Secret.Reader-{Guid.NewGuid():N}@Example.org";
        using var posted = await _reader.CommentAsync(site, id, "قارئ", email, "ما جدول الأعمال؟");
        await ApproveAsync(posted.CommentId());
        var canonical = await _reader.CanonicalAsync(id);

        foreach (var url in new[]
        {
            canonical, canonical + "?awaiting=1", $"/articles/{id}/comments", $"/articles/{id}/comments?replyTo={posted.CommentId()}",
            "/", "/feed.xml", "/atom.xml", "/feed.json", "/sections/سياسة", "/sitemap.xml", "/sitemap-news.xml",
            "/api/v1/articles", $"/api/v1/articles/{id}", "/corrections", $"/articles/{id}/corrections",
        })
        {
            using var response = await _reader.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(email, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret.reader", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("gravatar", body, StringComparison.OrdinalIgnoreCase);
        }

        // The staff API answers without it too.
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        var approved = await (await api.PostAsync($"/api/v1/comments/{posted.CommentId()}/approve", null)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret.reader", approved, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Missing_fields_show_the_form_again_with_a_message_at_each_and_the_text_kept()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("ارتفاع أسعار الخبز"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        site.Clock.Advance(ReaderForms.WritingTime);

        using var response = await _reader.SendFormAsync(page, "form.comment-form", new Dictionary<string, string>
        {
            ["name"] = "",
            ["email"] = "ليس-بريدًا",
            ["body"] = "الرغيف صار بألف ليرة «في حلب» أيضًا.",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var form = await response.ReadDocumentAsync();
        Assert.Equal("اكتب اسمك.", form.Text("#comment-name-error-" + id));
        Assert.Equal("هذا لا يبدو عنوان بريد إلكتروني صحيحًا.", form.Text("#comment-email-error-" + id));
        Assert.Equal("ليس-بريدًا", form.QuerySelector("input[name=email]")!.GetAttribute("value"));
        Assert.Equal("الرغيف صار بألف ليرة «في حلب» أيضًا.", form.Text("textarea[name=body]"));
        Assert.Equal("true", form.QuerySelector("input[name=name]")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));

        // The re-shown form can be sent as it is once corrected.
        site.Clock.Advance(ReaderForms.WritingTime);
        using var fixedUp = await _reader.SendFormAsync(form, "form.comment-form", new Dictionary<string, string> { ["name"] = "أم محمد", ["email"] = Email() });
        Assert.Equal(HttpStatusCode.SeeOther, fixedUp.StatusCode);
    }

    [Fact]
    public async Task An_empty_comment_and_an_overlong_one_are_refused_with_arabic_messages()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("مباراة الفتوة والجيش"));

        using var empty = await _reader.CommentAsync(site, id, "ليلى", Email(), "   \n  ");
        using var overlong = await _reader.CommentAsync(site, id, "ليلى", Email(), new string('ب', 3001));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("اكتب تعليقك.", (await empty.ReadDocumentAsync()).Text(".field-error"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlong.StatusCode);
        Assert.Contains("أطول من 3000", (await overlong.ReadDocumentAsync()).Text(".field-error"));
    }

    [Fact]
    public async Task A_comment_with_more_links_than_allowed_is_refused()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("عروض الأسواق"));

        using var response = await _reader.CommentAsync(site, id, "متجر", Email(), "اشترِ من https://a.example و https://b.example و www.c.example");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("يقبل التعليق 2 من الروابط على الأكثر.", (await response.ReadDocumentAsync()).Text(".field-error"));
    }

    [Fact]
    public async Task Unknown_and_unpublished_articles_answer_404()
    {
        var draft = await site.PublishAsync(SahifaFactory.Story("مسودة لم تنشر") with { Status = "draft" });
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(await site.PublishAsync(SahifaFactory.Story("مادة منشورة"))));
        var fields = Forms.Fields((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form.comment-form")!);

        foreach (var target in new[] { draft, 999_999 })
        {
            using var post = await _reader.PostAsync($"/articles/{target}/comments", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Contains("الصفحة غير موجودة", await post.Content.ReadAsStringAsync());
            using var get = await _reader.GetAsync($"/articles/{target}/comments");
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }
    }

    [Fact]
    public async Task A_closed_thread_says_so_and_takes_no_comment()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("ملف مغلق للتعليق"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        await site.WithDbAsync(async db =>
        {
            // A write around the change tracker tells the change feed itself (see ArticleChange),
            // or the cached page keeps its form.
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommentsClosed, true));
            db.Record([id], SahifaFactory.Now.UtcDateTime);
            return await db.SaveChangesAsync();
        });
        site.Clock.Advance(ReaderForms.WritingTime);

        using var response = await _reader.SendFormAsync(page, "form.comment-form", new Dictionary<string, string> { ["name"] = "ليلى", ["email"] = Email(), ["body"] = "تعليق" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("أُغلق باب التعليق على هذه المادة.", (await response.ReadDocumentAsync()).Text(".thread-closed"));
        var closed = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        Assert.Null(closed.QuerySelector("form.comment-form"));
        Assert.Equal("أُغلق باب التعليق على هذه المادة.", closed.Text("#comments .thread-closed"));
        Assert.Equal(0, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused_with_403_in_arabic()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يستهدفه موقع آخر"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        site.Clock.Advance(ReaderForms.WritingTime);
        var values = new Dictionary<string, string> { ["name"] = "ليلى", ["email"] = Email(), ["body"] = "تعليق من موقع آخر" };

        using var crossSite = await _reader.SendFormAsync(page, "form.comment-form", values, new Dictionary<string, string?> { ["Origin"] = "https://evil.example", ["Sec-Fetch-Site"] = "cross-site" });
        using var originOnly = await _reader.SendFormAsync(page, "form.comment-form", values, new Dictionary<string, string?> { ["Origin"] = "https://evil.example" });
        using var sameSite = await _reader.SendFormAsync(page, "form.comment-form", values, new Dictionary<string, string?> { ["Sec-Fetch-Site"] = "same-site" });
        using var nullOrigin = await _reader.SendFormAsync(page, "form.comment-form", values, new Dictionary<string, string?> { ["Origin"] = "null" });

        foreach (var refused in new[] { crossSite, originOnly, sameSite, nullOrigin })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("أُرسل من موقع آخر", (await refused.ReadDocumentAsync()).Text(".error-page"));
        }

        Assert.Equal(0, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));
        // Without either header (an old browser, a script) the post is judged on the rest.
        using var bare = await _reader.SendFormAsync(page, "form.comment-form", values, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.SeeOther, bare.StatusCode);
    }

    [Fact]
    public async Task A_filled_honeypot_is_discarded_but_answered_like_success()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يجذب الروبوتات"));
        var canonical = await _reader.CanonicalAsync(id);
        var page = await _reader.GetDocumentAsync(canonical);
        site.Clock.Advance(ReaderForms.WritingTime);

        using var response = await _reader.SendFormAsync(page, "form.comment-form", new Dictionary<string, string>
        {
            ["name"] = "Cheap Pills",
            ["email"] = Email(),
            ["body"] = "Best prices",
            [Honeypot.Field] = "https://spam.example",
        });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith(canonical + "?awaiting=", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));
        // People never see the trap: it is hidden from screen readers and out of the tab order.
        var trap = page.QuerySelector($"form.comment-form input[name={Honeypot.Field}]")!;
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("true", trap.Closest(".trap")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task A_form_sent_faster_than_people_write_comes_back_with_the_text_kept()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يرد عليه سكربت"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        var values = new Dictionary<string, string> { ["name"] = "سريع", ["email"] = Email(), ["body"] = "أول تعليق!" };

        using var tooFast = await _reader.SendFormAsync(page, "form.comment-form", values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooFast.StatusCode);
        var again = await tooFast.ReadDocumentAsync();
        Assert.Contains("أسرع مما يكتب الناس", again.Text(".form-error"));
        Assert.Equal("أول تعليق!", again.Text("textarea[name=body]"));
        Assert.Equal(0, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));

        // The form that came back carries a new stamp: a person who waits may send it.
        site.Clock.Advance(ReaderForms.WritingTime);
        using var later = await _reader.SendFormAsync(again, "form.comment-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, later.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("forged")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_missing_or_forged_time_stamp_is_refused(string stamp)
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر بختم مزوّر"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
        site.Clock.Advance(ReaderForms.WritingTime);

        using var response = await _reader.SendFormAsync(page, "form.comment-form", new Dictionary<string, string>
        {
            ["name"] = "ليلى",
            ["email"] = Email(),
            ["body"] = "تعليق",
            [FormStamps.Field] = stamp,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("انتهت صلاحية النموذج", (await response.ReadDocumentAsync()).Text(".form-error"));
    }

    [Fact]
    public async Task Bidi_controls_and_zero_width_characters_are_cleaned_from_names()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يحاول أحدهم قلب اسمه"));
        // RLO would show "nimda" as "admin"; LRI/PDI, ZWSP and ZWJ hide inside a name.
        using var posted = await _reader.CommentAsync(site, id, "\u202Enimda\u202C \u2066سل\u200Bمان\u200D\u2069", Email(), "تعليق \u202Eمقلوب");
        await ApproveAsync(posted.CommentId());

        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));

        Assert.Equal("nimda سلمان", page.Text($"#comment-{posted.CommentId()} .comment-author"));
        Assert.Equal("تعليق مقلوب", page.Text($"#comment-{posted.CommentId()} .comment-body"));
        var stored = await site.WithDbAsync(db => db.Comments.SingleAsync(c => c.Id == posted.CommentId()));
        Assert.Equal("nimda سلمان", stored.AuthorName);
    }

    [Fact]
    public async Task Bodies_show_as_plain_text_with_paragraphs_and_safe_links_only()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر عن الروابط"));
        var body = "<script>alert(1)</script> **ليس عريضًا**\nسطر ثانٍ\n\nفقرة ثانية فيها رابط https://example.org/report?id=5، وصورة <img src=x onerror=alert(1)>";
        using var posted = await _reader.CommentAsync(site, id, "<b>ليلى</b>", Email(), body);
        await ApproveAsync(posted.CommentId());

        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));

        var comment = page.QuerySelector($"#comment-{posted.CommentId()}")!;
        Assert.Empty(comment.QuerySelectorAll("script, img, b, strong"));
        Assert.Equal("<b>ليلى</b>", comment.QuerySelector(".comment-author")!.TextContent);
        var paragraphs = comment.QuerySelectorAll(".comment-body p").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Single(paragraphs[0].QuerySelectorAll("br"));
        Assert.StartsWith("<script>alert(1)</script> **ليس عريضًا**", paragraphs[0].TextContent);
        var link = Assert.Single(comment.QuerySelectorAll(".comment-body a"));
        Assert.Equal("https://example.org/report?id=5", link.GetAttribute("href"));
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
        Assert.Contains("، وصورة <img", paragraphs[1].TextContent);
    }

    [Fact]
    public async Task The_same_comment_sent_twice_is_stored_once()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يضغط عليه القارئ مرتين"));
        var email = Email();

        using var first = await _reader.CommentAsync(site, id, "ليلى", email, "تعليق واحد فقط");
        using var again = await _reader.CommentAsync(site, id, "ليلى", email.ToUpperInvariant(), "تعليق واحد فقط");

        Assert.Equal(first.CommentId(), again.CommentId());
        Assert.Equal(1, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));
    }

    [Fact]
    public async Task Replies_nest_under_their_comment_down_to_the_maximum_depth()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("نقاش طويل"));
        using var root = await _reader.CommentAsync(site, id, "أ", Email(), "المستوى الأول");
        await ApproveAsync(root.CommentId());
        var parent = root.CommentId();
        var ids = new List<int> { parent };
        for (var level = 2; level <= 3; level++)
        {
            var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));
            var reply = page.QuerySelector($"#comment-{parent} .comment-reply a")!.GetAttribute("href")!;
            Assert.Equal($"/articles/{id}/comments?replyTo={parent}", reply);
            using var posted = await _reader.CommentAsync(site, id, "ب", Email(), $"المستوى {level}", pageUrl: reply);
            await ApproveAsync(posted.CommentId());
            parent = posted.CommentId();
            ids.Add(parent);
        }

        var thread = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(id));

        Assert.NotNull(thread.QuerySelector($"#comments > ol > li > ol > li > ol > li > #comment-{ids[2]}"));
        Assert.Null(thread.QuerySelector($"#comment-{ids[2]} .comment-reply"));
        // A hand-made reply to the deepest comment joins its level instead of nesting deeper.
        var replyPage = await _reader.GetDocumentAsync(ArticleReply(id, ids[1]));
        site.Clock.Advance(ReaderForms.WritingTime);
        using var deeper = await _reader.SendFormAsync(replyPage, "form.comment-form", new Dictionary<string, string>
        {
            ["name"] = "ج",
            ["email"] = Email(),
            ["body"] = "أعمق من المسموح",
            ["parentId"] = ids[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var stored = await site.WithDbAsync(db => db.Comments.SingleAsync(c => c.Id == deeper.CommentId()));
        Assert.Equal(ids[1], stored.ParentId);
        Assert.Equal(2, stored.Depth);
    }

    private static string ArticleReply(int id, int commentId) => $"/articles/{id}/comments?replyTo={commentId}";

    [Fact]
    public async Task The_reply_page_names_the_comment_answered_and_refuses_unknown_ones()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر للرد"));
        using var root = await _reader.CommentAsync(site, id, "سلمى", Email(), "سؤال عن الخبر");
        using var pending = await _reader.CommentAsync(site, id, "سلمى", Email(), "تعليق لم يراجع");
        await ApproveAsync(root.CommentId());

        var page = await _reader.GetDocumentAsync(ArticleReply(id, root.CommentId()));

        Assert.Equal("ردّ على تعليق", page.Text("h1"));
        Assert.Equal("سؤال عن الخبر", page.Text(".comment-quoted p:not(.comment-author)"));
        Assert.Equal(root.CommentId().ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("form.comment-form input[name=parentId]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));
        await _reader.GetDocumentAsync(ArticleReply(id, pending.CommentId()), 404);
    }

    [Fact]
    public async Task The_article_page_and_its_form_carry_no_token_or_cookie_of_the_reader()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("صفحة تصلح للتخزين المؤقت"));

        using var response = await _reader.GetAsync(await _reader.CanonicalAsync(id));
        var page = await response.ReadDocumentAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));
        var form = page.QuerySelector("form.comment-form")!;
        Assert.Equal($"/articles/{id}/comments", form.GetAttribute("action"));
        Assert.Equal(["name", "email", "body", Honeypot.Field, FormStamps.Field], form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")));
        Assert.Contains("لن يُنشر بريدك الإلكتروني", page.Text(".comment-form .form-note"));
        Assert.Equal(3, form.QuerySelectorAll("label .required").Length);
    }

    [Fact]
    public async Task The_approve_api_refuses_writers_with_problem_json_and_answers_404_for_unknown_comments()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يحاول كاتب إقرار تعليقه"));
        using var posted = await _reader.CommentAsync(site, id, "ليلى", Email(), "تعليق");
        using var writer = await site.ApiClientAsync(StaffRoles.Writer);
        using var editor = await site.ApiClientAsync(StaffRoles.Editor);

        using var refused = await writer.PostAsync($"/api/v1/comments/{posted.CommentId()}/approve", null);
        using var anonymous = await _reader.PostAsync($"/api/v1/comments/{posted.CommentId()}/approve", null);
        using var unknown = await editor.PostAsync("/api/v1/comments/999999/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal("cannot_moderate", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(CommentStatus.Pending, await site.WithDbAsync(db => db.Comments.Where(c => c.Id == posted.CommentId()).Select(c => c.Status).SingleAsync()));
    }
}
