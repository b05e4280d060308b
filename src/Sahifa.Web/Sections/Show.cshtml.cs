using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sections;

public sealed class ShowModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public Archive Archive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (section is null)
        {
            return NotFound();
        }

        var articles = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime).Where(a => a.SectionId == section.Id);
        if (await articles.PageOfCardsAsync(pageNumber, ct) is not { } paged)
        {
            return NotFound();
        }

        Archive = new Archive("قسم", section.Name, null, null, paged, p => ArticleUrls.Section(section.Slug, p));
        return Page();
    }
}
