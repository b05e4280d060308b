using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Search;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.SearchTerms;

/// `/newsroom/search-terms`: the names search counts as one (<see cref="SaveEquivalents"/>).
[Authorize(Policy = StaffPolicies.Editor)]
public sealed class IndexModel(SaveEquivalents save) : PageModel
{
    public const string Route = "/newsroom/search-terms";

    [BindProperty]
    public string? Lines { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lines = await save.CurrentTextAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await save.SaveAsync(Lines, StaffActor.From(HttpContext), ct))
        {
            case SaveEquivalents.Outcome.Invalid invalid:
                Errors = invalid.Errors;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            case SaveEquivalents.Outcome.Unchanged:
                TempData["Notice"] = "لم يتغير شيء.";
                break;
            case SaveEquivalents.Outcome.Saved saved:
                TempData["Notice"] = $"حُفظت المرادفات ({saved.Groups} سطرًا)، ويبحث بها القرّاء الآن.";
                break;
        }

        return new SeeOtherResult(Route);
    }
}
