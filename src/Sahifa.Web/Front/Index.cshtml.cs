using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Front;

/// The front page: the lead story, the latest stories, then a block per section.
/// ("page" is bound from the query by name: Razor Pages reserves the route value "page".)
/// Later pages (`/?page=2`) continue the latest stories as a plain list.
public sealed class IndexModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public const int PerSection = 4;

    public Paged<ArticleCard> Latest { get; private set; } = null!;
    public IReadOnlyList<SectionBlock> Sections { get; private set; } = [];

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleCard> Articles);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking().PublishedAsOf(now);
        if (await published.PageOfCardsAsync(pageNumber, ct) is not { } latest)
        {
            return NotFound();
        }

        Latest = latest;
        if (pageNumber == 1)
        {
            // One query whatever the number of sections: EF turns the per-section Take into
            // ROW_NUMBER() OVER (PARTITION BY section). The inner projection touches no navigation,
            // which would need a lateral join (APPLY) that SQLite lacks.
            var blocks = await db.Sections.AsNoTracking()
                .OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new
                {
                    s.Name,
                    s.Slug,
                    Articles = db.Articles
                        .Where(a => a.SectionId == s.Id && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt <= now)
                        .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                        .Take(PerSection)
                        .Select(a => new { a.Id, a.Slug, a.Headline, a.Standfirst, a.TypeOfWork, a.IsBreaking, a.PublishedAt })
                        .ToList(),
                })
                .ToListAsync(ct);
            Sections = blocks
                .Select(b => new SectionBlock(b.Name, b.Slug, b.Articles
                    .Select(a => new ArticleCard(a.Id, a.Slug, a.Headline, a.Standfirst, a.TypeOfWork, a.IsBreaking, b.Name, b.Slug, a.PublishedAt!.Value))
                    .ToList()))
                .ToList();
        }

        return Page();
    }
}
