using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Corrections;

/// `/newsroom/corrections/new?article={id}`: an editor publishes a correction without a reader's
/// request (the desk found the error itself). Without an article, it asks which one.
[Authorize(Policy = StaffPolicies.Editor)]
public sealed class NewModel(SahifaDb db, PublishCorrection publish) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "article")]
    public int? ArticleId { get; set; }

    public string? Headline { get; private set; }

    public CorrectionFieldsView Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ArticleId is null)
        {
            return Page();
        }

        return await LoadAsync(new CorrectionInput { Kind = "correction" }, new Dictionary<string, string>(), ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CorrectionInput input, CancellationToken ct)
    {
        if (ArticleId is not { } articleId)
        {
            return NotFound();
        }

        switch (await publish.PublishAsync(articleId, input, User, ct))
        {
            case PublishCorrection.Outcome.Published:
                TempData["Notice"] = "نُشر التصحيح على المقال.";
                return new SeeOtherResult(Url.Page("/Newsroom/Corrections/Index")!);
            case PublishCorrection.Outcome.Invalid invalid:
                await LoadAsync(input, invalid.Errors, ct);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(CorrectionInput input, IReadOnlyDictionary<string, string> errors, CancellationToken ct)
    {
        Headline = await db.Articles.Where(a => a.Id == ArticleId).Select(a => a.Headline).SingleOrDefaultAsync(ct);
        if (Headline is null)
        {
            return false;
        }

        Fields = new CorrectionFieldsView(input, errors, await db.RevisionChoicesAsync(ArticleId!.Value, ct));
        return true;
    }
}
