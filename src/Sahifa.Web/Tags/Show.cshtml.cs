using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Tags;

public sealed class ShowModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public Archive Archive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var tag = await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is null)
        {
            return NotFound();
        }

        var articles = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Tags.Any(t => t.TagId == tag.Id));
        if (await articles.PageOfCardsAsync(pageNumber, ct) is not { } paged)
        {
            return NotFound();
        }

        Archive = new Archive(ArticleLabels.Of(tag.Kind), tag.Name, null, null, paged, p => ArticleUrls.Tag(tag.Slug, p));
        return Page();
    }
}
