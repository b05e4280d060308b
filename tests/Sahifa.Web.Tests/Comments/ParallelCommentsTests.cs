using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Comments;
using Sahifa.Web.Tests.Readers;

namespace Sahifa.Web.Tests.Comments;

/// Nothing lost (DESIGN.md, issue 5): many readers posting at once.
public sealed class ParallelCommentsTests(ReadersSahifaFactory site) : IClassFixture<ReadersSahifaFactory>
{
    private const int Readers = 20;
    private const int CommentsEach = 15;

    [Fact]
    public async Task Hundreds_of_comments_from_parallel_readers_are_each_stored_once_and_all_appear_once_approved()
    {
        var id = await site.PublishAsync(SahifaFactory.Story("خبر عاجل يعلق عليه الجميع"));
        var canonical = await site.CreateClient().CanonicalAsync(id);
        var ids = new ConcurrentBag<int>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Readers), new ParallelOptions { MaxDegreeOfParallelism = Readers }, async (reader, _) =>
        {
            using var client = site.CreateClient();
            for (var i = 0; i < CommentsEach; i++)
            {
                using var response = await client.CommentAsync(site, id, $"قارئ {reader}", $"reader{reader}@example.org", $"تعليق {i} من القارئ {reader}", pageUrl: canonical);
                Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"reader {reader}, comment {i}: {(int)response.StatusCode}");
                ids.Add(response.CommentId());
            }
        });

        const int total = Readers * CommentsEach;
        Assert.Equal(total, ids.Distinct().Count());
        var bodies = await site.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == id).Select(c => c.Body).ToListAsync());
        Assert.Equal(total, bodies.Count);
        Assert.Equal(total, bodies.Distinct().Count());

        // The newsroom approves them all at once from the queue's bulk action.
        using var editor = await site.NewsroomClientAsync(StaffRoles.Editor);
        foreach (var batch in ids.Chunk(ModerateComments.MaxBatch))
        {
            var queue = await editor.GetDocumentAsync($"/newsroom/comments?article={id}&state=pending");
            var fields = new List<KeyValuePair<string, string>>
            {
                new("__RequestVerificationToken", queue.QuerySelector("form.moderation input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
                new("bulk", "approve"),
            };
            fields.AddRange(batch.Select(c => new KeyValuePair<string, string>("ids", c.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            using var approved = await editor.PostAsync($"/newsroom/comments?article={id}&state=pending", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        }

        var page = await site.CreateClient().GetDocumentAsync(canonical);
        var shown = page.QuerySelectorAll("article.comment").Select(c => c.Id).ToList();
        Assert.Equal(total, shown.Count);
        Assert.Equal(ids.Select(c => $"comment-{c}").Order(), shown.Order());
        Assert.Equal($"{total} تعليق", page.Text(".article-meta .comment-count a"));
    }
}
