using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;

namespace Sahifa.Web.Newsroom;

/// The desk at a glance: what waits for this member of staff, each with a link to its queue, and
/// how many stories are in each state. Writers see only what they may act on: their own stories
/// in review, never the moderation or corrections queues they cannot open.
public sealed class IndexModel(SahifaDb db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Waiting> Waits { get; private set; } = [];

    public IReadOnlyList<StatusCount> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.Articles.GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        Counts = Enum.GetValues<ArticleStatus>()
            .Select(s => new StatusCount(ArticleStates.Code(s), ArticleStates.Label(s), counts.GetValueOrDefault(s)))
            .ToList();

        var review = ArticleStates.Code(ArticleStatus.InReview);
        if ((await authorization.AuthorizeAsync(User, StaffPolicies.Editor)).Succeeded)
        {
            Waits =
            [
                new("comments", "تعليقات بانتظار المراجعة", await db.AwaitingModerationCountAsync(ct), "/newsroom/comments?state=pending"),
                new("corrections", "طلبات تصحيح مفتوحة", await db.OpenCorrectionRequestCountAsync(ct), "/newsroom/corrections?state=open"),
                new("review", "مقالات بانتظار المراجعة", counts.GetValueOrDefault(ArticleStatus.InReview), $"/newsroom/articles?status={review}"),
            ];
        }
        else
        {
            // The list's own "mine" filter: the stories this writer started.
            var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
            var mine = await db.Articles.CountAsync(a => a.Status == ArticleStatus.InReview && a.CreatedById == me, ct);
            Waits = [new("review", "مقالاتك بانتظار المراجعة", mine, $"/newsroom/articles?status={review}&mine=true")];
        }
    }

    public sealed record Waiting(string Code, string Label, int Count, string Url);

    public sealed record StatusCount(string Code, string Label, int Count);
}
