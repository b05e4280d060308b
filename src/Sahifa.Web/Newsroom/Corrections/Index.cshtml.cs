using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;

namespace Sahifa.Web.Newsroom.Corrections;

/// `/newsroom/corrections`: readers' correction requests, open ones first, and the latest
/// corrections published.
[Authorize(Policy = StaffPolicies.Editor)]
public sealed class IndexModel(SahifaDb db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, int ArticleId, string Headline, string Name, string Email, string Quote, string Details, CorrectionRequestStatus Status, DateTime CreatedAt);

    [BindProperty(SupportsGet = true, Name = "state")]
    public string State { get; set; } = "open";

    public IReadOnlyList<Row> Requests { get; private set; } = [];

    public IReadOnlyDictionary<CorrectionRequestStatus, int> Counts { get; private set; } = new Dictionary<CorrectionRequestStatus, int>();

    public IReadOnlyList<CorrectionListItem> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await db.CorrectionRequests.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var requests = db.CorrectionRequests.AsNoTracking();
        var status = Enum.GetValues<CorrectionRequestStatus>().FirstOrDefault(s => CorrectionDesk.StateCode(s) == State, (CorrectionRequestStatus)(-1));
        if (Enum.IsDefined(status))
        {
            requests = requests.Where(r => r.Status == status);
        }
        else
        {
            State = "all";
        }

        Requests = await requests
            .OrderBy(r => r.Status == CorrectionRequestStatus.Open ? 0 : 1).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(PageSize)
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new Row(r.Id, r.ArticleId, a.Headline, r.Name, r.Email, r.Quote, r.Details, r.Status, r.CreatedAt))
            .ToListAsync(ct);
        Latest = (await db.Corrections.AsNoTracking()
                .OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Take(10)
                .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, c.ArticleId, c.Kind, c.Text, c.PublishedAt, a.Headline, a.Slug })
                .ToListAsync(ct))
            .Select(c => new CorrectionListItem(new CorrectionNote(c.Id, c.ArticleId, c.Kind, c.Text, c.PublishedAt, null), c.Headline, c.Slug))
            .ToList();
    }

    public string Excerpt(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
