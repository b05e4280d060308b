using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Tests.Comments;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Newsroom;

/// The desk, `/newsroom`: what waits for the person signed in. Each test has its own site, so the
/// counts are exactly what it seeded.
public sealed class IndexTests
{
    [Fact]
    public async Task Editors_see_what_waits_for_them_with_a_link_to_each_queue()
    {
        using var site = new SahifaFactory();
        var published = await site.PublishAsync(SahifaFactory.Story("سد الفرات يعود إلى العمل"));
        await site.PublishAsync(SahifaFactory.Story("مراجعة: أسعار الخبز في حلب") with { Status = "review" });
        await SeedReadersAsync(site, published);
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);

        var desk = await editor.GetDocumentAsync("/newsroom");

        Assert.Equal("1", desk.Text("#waiting-comments .desk-count"));
        Assert.Equal("/newsroom/comments?state=pending", Href(desk, "#waiting-comments a"));
        Assert.Equal("1", desk.Text("#waiting-corrections .desk-count"));
        Assert.Equal("/newsroom/corrections?state=open", Href(desk, "#waiting-corrections a"));
        Assert.Equal("1", desk.Text("#waiting-review .desk-count"));
        Assert.Equal("/newsroom/articles?status=review", Href(desk, "#waiting-review a"));
        // Each link opens its queue on what it counted.
        var comments = await editor.GetDocumentAsync(Href(desk, "#waiting-comments a"));
        Assert.Contains("هل من أرقام عن العام الماضي؟", comments.Texts(".comment-body"));
        var corrections = await editor.GetDocumentAsync(Href(desk, "#waiting-corrections a"));
        Assert.Contains("الرقم في الفقرة الثانية غير صحيح", corrections.Text("main"), StringComparison.Ordinal);
        var review = await editor.GetDocumentAsync(Href(desk, "#waiting-review a"));
        Assert.Contains("مراجعة: أسعار الخبز في حلب", review.Text("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("سد الفرات يعود إلى العمل", review.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writers_see_only_their_own_stories_in_review_and_no_queue_they_cannot_open()
    {
        using var site = new SahifaFactory();
        var published = await site.PublishAsync(SahifaFactory.Story("سد الفرات يعود إلى العمل"));
        await SeedReadersAsync(site, published);
        var email = await site.StaffAsync(StaffRoles.Writer);
        var writerId = await site.IdOfAsync(email);
        var mine = await site.PublishAsync(SahifaFactory.Story("قصتي بانتظار المحرر") with { Status = "review" });
        await site.PublishAsync(SahifaFactory.Story("قصة زميل بانتظار المحرر") with { Status = "review" });
        await site.WithDbAsync(db => db.Articles.Where(a => a.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedById, writerId)));
        using var writer = await site.NewsroomClientAsync(email: email);

        var desk = await writer.GetDocumentAsync("/newsroom");

        Assert.Null(desk.QuerySelector("#waiting-comments"));
        Assert.Null(desk.QuerySelector("#waiting-corrections"));
        Assert.Equal("1", desk.Text("#waiting-review .desk-count"));
        Assert.Equal("/newsroom/articles?status=review&mine=true", Href(desk, "#waiting-review a"));
        var review = await writer.GetDocumentAsync(Href(desk, "#waiting-review a"));
        Assert.Contains("قصتي بانتظار المحرر", review.Text("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("قصة زميل بانتظار المحرر", review.Text("main"), StringComparison.Ordinal);
    }

    private static string Href(AngleSharp.Dom.IDocument page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("href") ?? throw new Xunit.Sdk.XunitException($"no link at {selector}");

    /// One comment waiting for moderation, one already approved (not counted), one open
    /// correction request and one declined (not counted).
    private static Task<int> SeedReadersAsync(SahifaFactory site, int articleId) => site.WithDbAsync(db =>
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        db.Comments.AddRange(
            new Comment
            {
                ArticleId = articleId,
                AuthorName = "ليلى داود",
                Email = "layla@example.org",
                EmailKey = "layla@example.org",
                Body = "هل من أرقام عن العام الماضي؟",
                Status = CommentStatus.Pending,
                CreatedAt = now,
            },
            new Comment
            {
                ArticleId = articleId,
                AuthorName = "سامر الحلبي",
                Email = "samer@example.org",
                EmailKey = "samer@example.org",
                Body = "تقرير دقيق.",
                Status = CommentStatus.Approved,
                CreatedAt = now,
            });
        db.CorrectionRequests.AddRange(
            new CorrectionRequest
            {
                ArticleId = articleId,
                Name = "نور",
                Email = "nour@example.org",
                EmailKey = "nour@example.org",
                Details = "الرقم في الفقرة الثانية غير صحيح.",
                CreatedAt = now,
            },
            new CorrectionRequest
            {
                ArticleId = articleId,
                Name = "رامي",
                Email = "rami@example.org",
                EmailKey = "rami@example.org",
                Details = "طلب رُفض من قبل.",
                CreatedAt = now,
                Status = CorrectionRequestStatus.Declined,
            });
        return db.SaveChangesAsync();
    });
}
