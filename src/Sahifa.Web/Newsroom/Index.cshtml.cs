using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Newsroom;

/// The desk at a glance: how many stories wait in each state.
public sealed class IndexModel(SahifaDb db) : PageModel
{
    public IReadOnlyList<StatusCount> Counts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.Articles.GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        Counts = Enum.GetValues<ArticleStatus>()
            .Select(s => new StatusCount(ArticleStates.Code(s), ArticleStates.Label(s), counts.GetValueOrDefault(s)))
            .ToList();
    }

    public sealed record StatusCount(string Code, string Label, int Count);
}
