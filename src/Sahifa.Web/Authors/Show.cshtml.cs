using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Authors;

public sealed class ShowModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public Archive Archive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var author = await db.Authors.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, ct);
        if (author is null)
        {
            return NotFound();
        }

        var articles = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Authors.Any(x => x.AuthorId == author.Id));
        if (await articles.PageOfCardsAsync(pageNumber, ct) is not { } paged)
        {
            return NotFound();
        }

        Archive = new Archive("كاتب", author.Name, author.Bio, null, paged, p => ArticleUrls.Author(author.Slug, p));
        return Page();
    }
}
