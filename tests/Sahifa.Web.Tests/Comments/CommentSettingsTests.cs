using System.Net;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Comments;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Comments;

/// The `Sahifa:Comments` settings that change what readers can do, each on a site of its own.
public sealed class CommentSettingsTests
{
    private static string Email() => $"reader-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task Threads_close_by_themselves_after_the_configured_days()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Comments:CloseAfterDays", "2"));
        using var reader = site.CreateClient();
        var fresh = await site.PublishAsync(SahifaFactory.Story("خبر اليوم", hoursAgo: 1));
        var old = await site.PublishAsync(SahifaFactory.Story("خبر قبل ثلاثة أيام", hoursAgo: 72));

        var freshPage = await reader.GetDocumentAsync(await reader.CanonicalAsync(fresh));
        var oldPage = await reader.GetDocumentAsync(await reader.CanonicalAsync(old));

        Assert.NotNull(freshPage.QuerySelector("form.comment-form"));
        Assert.Null(oldPage.QuerySelector("form.comment-form"));
        Assert.Equal("أُغلق باب التعليق على هذه المادة.", oldPage.Text("#comments .thread-closed"));
        site.Clock.Advance(ReaderForms.WritingTime);
        var fields = Forms.Fields((AngleSharp.Html.Dom.IHtmlFormElement)freshPage.QuerySelector("form.comment-form")!);
        fields.AddRange([new("name", "ليلى"), new("email", Email()), new("body", "متأخر")]);
        using var refused = await reader.PostAsync($"/articles/{old}/comments", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task Returning_commenters_are_approved_at_once_when_the_site_allows_it()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Comments:AutoApproveReturning", "true"));
        using var reader = site.CreateClient();
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يعلق عليه قارئ دائم"));
        var known = Email();
        using var first = await reader.CommentAsync(site, id, "ليلى", known, "أول تعليق");
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        (await api.PostAsync($"/api/v1/comments/{first.CommentId()}/approve", null)).EnsureSuccessStatusCode();

        using var second = await reader.CommentAsync(site, id, "ليلى", "  " + known.ToUpperInvariant(), "تعليق ثانٍ");
        using var stranger = await reader.CommentAsync(site, id, "غريب", Email(), "تعليق غريب");

        Assert.EndsWith($"#comment-{second.CommentId()}", second.Headers.Location!.OriginalString);
        Assert.DoesNotContain("awaiting", second.Headers.Location.OriginalString);
        var page = await reader.GetDocumentAsync(second.Headers.Location.OriginalString);
        Assert.Equal("تعليق ثانٍ", page.Text($"article#comment-{second.CommentId()} .comment-body"));
        Assert.Contains("awaiting", stranger.Headers.Location!.OriginalString);
        Assert.Equal(CommentStatus.Pending, await site.WithDbAsync(db => db.Comments.Where(c => c.Id == stranger.CommentId()).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Replies_can_be_turned_off_with_a_depth_of_one()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Comments:MaxDepth", "1"));
        using var reader = site.CreateClient();
        var id = await site.PublishAsync(SahifaFactory.Story("خبر بلا ردود"));
        using var posted = await reader.CommentAsync(site, id, "ليلى", Email(), "تعليق");
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        (await api.PostAsync($"/api/v1/comments/{posted.CommentId()}/approve", null)).EnsureSuccessStatusCode();

        var page = await reader.GetDocumentAsync(await reader.CanonicalAsync(id));

        Assert.NotNull(page.QuerySelector($"#comment-{posted.CommentId()}"));
        Assert.Empty(page.QuerySelectorAll(".comment-reply"));
    }

    [Fact]
    public async Task With_comments_closed_by_default_new_articles_take_none_until_an_editor_opens_them()
    {
        using var site = new ConfiguredSahifaFactory(("Sahifa:Comments:OpenByDefault", "false"));
        using var reader = site.CreateClient();
        var id = await site.PublishAsync(SahifaFactory.Story("خبر بلا تعليقات افتراضيًا"));

        var closed = await reader.GetDocumentAsync(await reader.CanonicalAsync(id));
        Assert.Null(closed.QuerySelector("form.comment-form"));

        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        using var opened = await editor.SubmitAsync($"/newsroom/comments/articles/{id}", new Dictionary<string, string>(), "form.thread-toggle");
        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        Assert.NotNull((await reader.GetDocumentAsync(await reader.CanonicalAsync(id))).QuerySelector("form.comment-form"));
    }
}
