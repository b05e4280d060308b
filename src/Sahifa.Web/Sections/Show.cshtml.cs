using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sections;

public sealed class ShowModel(SahifaDb db, TimeProvider clock) : ArchivePageModel(db, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var edition = Edition;
        var section = await Db.Sections.AsNoTracking().SingleOrDefaultAsync(x => x.Edition == edition.Code && x.Slug == slug, ct);
        return section is null
            ? NotFound()
            : await ShowAsync(Published.Where(ArticleQueries.InSection(section.Id)), pageNumber, paged => new Archive(Text["Archive.Section"], section.Name, null, null, paged, p => edition.Path(ArticleUrls.Section(section.Slug, p))), ct);
    }
}
