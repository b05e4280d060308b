using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Localisation;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Tags;

public sealed class ShowModel(SahifaDb db, TimeProvider clock) : ArchivePageModel(db, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var edition = Edition;
        var tag = await Db.Tags.AsNoTracking().SingleOrDefaultAsync(x => x.Edition == edition.Code && x.Slug == slug, ct);
        return tag is null
            ? NotFound()
            : await ShowAsync(Published.Where(ArticleQueries.Tagged(tag.Id)), pageNumber, paged => new Archive(Text.Of(tag.Kind), tag.Name, null, null, paged, p => edition.Path(ArticleUrls.Tag(tag.Slug, p))), ct);
    }
}
