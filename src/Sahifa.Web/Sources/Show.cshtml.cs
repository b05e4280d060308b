using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sources;

/// A source's page lists every published article that cites it: readers can judge a source by
/// what has been built on it.
public sealed class ShowModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public Archive Archive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (source is null)
        {
            return NotFound();
        }

        var articles = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Sources.Any(s => s.SourceId == source.Id));
        if (await articles.PageOfCardsAsync(pageNumber, ct) is not { } paged)
        {
            return NotFound();
        }

        Archive = new Archive("مصدر", source.Name, $"المواد التي استندت إلى {source.Name}", source.Url, paged,
            p => ArticleUrls.Source(source.Slug, p));
        return Page();
    }
}
