using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;

namespace Sahifa.Web.Newsroom.Staff;

/// `/newsroom/staff`: who works here, in what role, and how well each account is protected.
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class IndexModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Members = await db.AllAsync(clock.GetUtcNow(), ct);
}
