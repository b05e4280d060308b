using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Audit;

/// `/newsroom/audit?action=&person=&page=`: who did what, when, newest first.
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class IndexModel(SahifaDb db) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "action")]
    public string? ActionCode { get; set; }

    [FromQuery(Name = "person")]
    public string? Person { get; set; }

    // From the query by name: "page" is also the route value Razor Pages keeps the page's path in.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public int Total { get; private set; }

    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Person = Person?.Trim();
        if (ActionCode is { Length: > 0 } && !AuditActions.All.Contains(ActionCode))
        {
            ActionCode = null;
        }

        if (PageNumber < 1)
        {
            return NotFound();
        }

        var entries = db.Filtered(ActionCode, Person);
        Total = await entries.CountAsync(ct);
        var pageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (PageNumber > pageCount)
        {
            return NotFound();
        }

        Lines = await entries.PageAsync(PageNumber, PageSize, ct);
        Pager = new Pager(PageNumber, pageCount, Link);
        return Page();
    }

    private string Link(int page)
    {
        var query = QueryString.Empty;
        if (ActionCode is { Length: > 0 })
        {
            query = query.Add("action", ActionCode);
        }

        if (Person is { Length: > 0 })
        {
            query = query.Add("person", Person);
        }

        if (page > 1)
        {
            query = query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/newsroom/audit" + query;
    }
}
