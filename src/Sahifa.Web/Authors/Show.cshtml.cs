using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Authors;

public sealed class ShowModel(SahifaDb db, TimeProvider clock) : ArchivePageModel(db, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var edition = Edition;
        var author = await Db.Authors.AsNoTracking().SingleOrDefaultAsync(x => x.Edition == edition.Code && x.Slug == slug, ct);
        return author is null
            ? NotFound()
            : await ShowAsync(Published.Where(ArticleQueries.ByAuthor(author.Id)), pageNumber, paged => new Archive(Text["Archive.Author"], author.Name, author.Bio, null, paged, p => edition.Path(ArticleUrls.Author(author.Slug, p))), ct);
    }
}
