using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Corrections;

/// `/corrections`: every public correction on the site, newest first, each linking to its article.
public sealed class IndexModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public Paged<CorrectionListItem> Corrections { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        var number = 1;
        if (page is not null && !int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return BadRequest();
        }

        if (await db.PageOfCorrectionsAsync(number, clock.GetUtcNow().UtcDateTime, ct, Editions.EditionsModule.Edition(HttpContext).Code) is not { } corrections)
        {
            return NotFound();
        }

        Corrections = corrections;
        return Page();
    }
}
