using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sources;

/// A source's page lists every published article that cites it: readers can judge a source by
/// what has been built on it.
public sealed class ShowModel(SahifaDb db, TimeProvider clock) : ArchivePageModel(db, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var edition = Edition;
        var source = await Db.Sources.AsNoTracking().SingleOrDefaultAsync(x => x.Edition == edition.Code && x.Slug == slug, ct);
        return source is null
            ? NotFound()
            : await ShowAsync(Published.Where(ArticleQueries.Citing(source.Id)), pageNumber, paged => new Archive(Text["Archive.Source"], source.Name, Text["Archive.SourceDescription", source.Name], source.Url, paged, p => edition.Path(ArticleUrls.Source(source.Slug, p))), ct);
    }
}
