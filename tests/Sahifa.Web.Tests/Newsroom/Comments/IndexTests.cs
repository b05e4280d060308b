using System.Net;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Comments;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Newsroom.Comments;

public sealed class IndexTests(ReadersSahifaFactory site) : IClassFixture<ReadersSahifaFactory>
{
    private readonly HttpClient _reader = site.CreateClient();

    private async Task<(int Article, int[] Comments)> ThreadAsync(string title, params string[] bodies)
    {
        var id = await site.PublishAsync(SahifaFactory.Story(title));
        var ids = new List<int>();
        foreach (var body in bodies)
        {
            using var posted = await _reader.CommentAsync(site, id, "ليلى داود", $"layla-{Guid.NewGuid():N}@example.org", body);
            ids.Add(posted.CommentId());
        }

        return (id, ids.ToArray());
    }

    [Fact]
    public async Task Editors_see_the_pending_queue_with_the_readers_emails_and_writers_are_refused()
    {
        var (article, comments) = await ThreadAsync("خبر للمراجعة", "تعليق ينتظر");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);

        var queue = await editor.GetDocumentAsync($"/newsroom/comments?article={article}");

        var row = queue.QuerySelector($"#queued-{comments[0]}")!;
        Assert.Equal("تعليق ينتظر", row.QuerySelector(".comment-body")!.TextContent);
        Assert.StartsWith("layla-", row.QuerySelector(".comment-email")!.TextContent);
        Assert.Equal("بانتظار المراجعة", row.QuerySelector(".state")!.TextContent);
        Assert.True((await editor.GetAsync("/newsroom/comments")).Headers.CacheControl!.NoStore);
        using var refused = await writer.GetAsync("/newsroom/comments");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var anonymous = await site.CreateClient().GetAsync("/newsroom/comments");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task Approving_a_comment_from_its_row_publishes_it_and_writes_the_audit_log()
    {
        var (article, comments) = await ThreadAsync("خبر يوافق المحرر على تعليقه", "تعليق جيد");
        var email = await site.StaffAsync(StaffRoles.Editor);
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor, email);

        using var response = await editor.SubmitAsync($"/newsroom/comments?article={article}", new Dictionary<string, string> { ["one"] = $"approve:{comments[0]}" }, "form.moderation");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var queue = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("نُشر: تعليق واحد", queue.Text(".notice"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(article));
        Assert.Equal("تعليق جيد", page.Text($"#comment-{comments[0]} .comment-body"));
        var entry = await site.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.CommentApproved && e.Subject.StartsWith($"تعليق {comments[0]} ")));
        Assert.Equal(email, entry.ActorName);
        Assert.Equal("موافقة على تعليق", AuditActions.Label(entry.Action));
    }

    [Fact]
    public async Task Bulk_actions_move_the_ticked_comments_and_only_those()
    {
        var (article, comments) = await ThreadAsync("خبر يكثر فيه المزعجون", "إعلان ١", "إعلان ٢", "تعليق حقيقي");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        var queue = await editor.GetDocumentAsync($"/newsroom/comments?article={article}");
        var token = queue.QuerySelector("form.moderation input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await editor.PostAsync($"/newsroom/comments?article={article}", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("bulk", "spam"),
            new("ids", comments[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("ids", comments[1].ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var states = await site.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == article).OrderBy(c => c.Id).Select(c => c.Status).ToListAsync());
        Assert.Equal([CommentStatus.Spam, CommentStatus.Spam, CommentStatus.Pending], states);
        Assert.Equal(2, await site.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.CommentSpam && e.Subject.Contains($"على مقال {article}:"))));

        var spam = await editor.GetDocumentAsync($"/newsroom/comments?article={article}&state=spam");
        Assert.Equal(2, spam.QuerySelectorAll("tr.queued-comment").Length);
        Assert.Contains("مزعج (2)", spam.Text(".state-tabs"));
        Assert.Contains("بانتظار المراجعة (1)", spam.Text(".state-tabs"));
    }

    [Fact]
    public async Task All_states_list_pending_comments_first()
    {
        var (article, comments) = await ThreadAsync("خبر بتعليقات مختلطة", "قديم ومنشور", "جديد ينتظر");
        using var api = await site.ApiClientAsync(StaffRoles.Editor);
        (await api.PostAsync($"/api/v1/comments/{comments[0]}/approve", null)).EnsureSuccessStatusCode();
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        var all = await editor.GetDocumentAsync($"/newsroom/comments?article={article}&state=all");

        Assert.Equal([$"queued-{comments[1]}", $"queued-{comments[0]}"], all.QuerySelectorAll("tr.queued-comment").Select(r => r.Id));
    }

    [Fact]
    public async Task An_editor_closes_and_reopens_an_articles_comments()
    {
        var (article, _) = await ThreadAsync("خبر يغلق المحرر تعليقاته");
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        using var closed = await editor.SubmitAsync($"/newsroom/comments/articles/{article}", new Dictionary<string, string>(), "form.thread-toggle");

        Assert.Equal(HttpStatusCode.SeeOther, closed.StatusCode);
        var state = await editor.GetDocumentAsync($"/newsroom/comments/articles/{article}");
        Assert.Contains("مغلق", state.Text("#thread-state"));
        var page = await _reader.GetDocumentAsync(await _reader.CanonicalAsync(article));
        Assert.Null(page.QuerySelector("form.comment-form"));
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.CommentsClosed && e.Subject.StartsWith($"مقال {article}:"))));

        using var reopened = await editor.SubmitAsync($"/newsroom/comments/articles/{article}", new Dictionary<string, string>(), "form.thread-toggle");
        Assert.Equal(HttpStatusCode.SeeOther, reopened.StatusCode);
        Assert.NotNull((await _reader.GetDocumentAsync(await _reader.CanonicalAsync(article))).QuerySelector("form.comment-form"));
        using var writer = await site.NewsroomClientAsync(StaffRoles.Writer);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"/newsroom/comments/articles/{article}")).StatusCode);
    }
}
