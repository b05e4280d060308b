using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Localisation;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Tags;

public sealed class ShowModel(SahifaDb db, TimeProvider clock, SiteEditions editions) : ArchivePageModel(db, clock)
{
    /// The same place or topic in the other editions, when the tags name each other.
    public IReadOnlyList<EditionLink> Alternates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var edition = Edition;
        var tag = await Db.Tags.AsNoTracking().SingleOrDefaultAsync(x => x.Edition == edition.Code && x.Slug == slug, ct);
        if (tag is null)
        {
            return NotFound();
        }

        if (editions.AreSeveral && pageNumber == 1)
        {
            // The original and its translations: every tag that names the original, and the
            // original itself, except this one.
            var root = tag.TranslationOfId ?? tag.Id;
            Alternates = (await Db.Tags.AsNoTracking()
                    .Where(t => (t.Id == root || t.TranslationOfId == root) && t.Id != tag.Id)
                    .Select(t => new { t.Edition, t.Slug })
                    .ToListAsync(ct))
                .Where(t => editions.Find(t.Edition) is not null && t.Edition != edition.Code)
                .Select(t => new EditionLink(editions.Of(t.Edition), editions.Of(t.Edition).Path(ArticleUrls.Tag(t.Slug))))
                .ToList();
        }

        return await ShowAsync(Published.Where(ArticleQueries.Tagged(tag.Id)), pageNumber, paged => new Archive(Text.Of(tag.Kind), tag.Name, null, null, paged, p => edition.Path(ArticleUrls.Tag(tag.Slug, p))), ct);
    }
}
