using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Front;

/// The front page: the lead story, the latest stories, then a block per section.
/// ("page" is bound from the query by name: Razor Pages reserves the route value "page".)
/// Later pages (`/?page=2`) continue the latest stories as a plain list.
public sealed class IndexModel(SahifaDb db, TimeProvider clock, SiteEditions editions) : PageModel
{
    public const int PerSection = 4;

    public Paged<ArticleCard> Latest { get; private set; } = null!;
    public IReadOnlyList<SectionBlock> Sections { get; private set; } = [];

    /// The other editions' front pages, the same page in their languages.
    public IReadOnlyList<EditionLink> Alternates { get; private set; } = [];

    public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleCard> Articles);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var edition = HttpContext.Edition();
        var code = edition.Code;
        var published = db.Articles.AsNoTracking().PublishedAsOf(now).Where(a => a.Edition == code);
        if (await published.PageOfCardsAsync(pageNumber, ct) is not { } latest)
        {
            return NotFound();
        }

        Latest = latest;
        Alternates = pageNumber > 1 ? [] : editions.All.Where(e => e != edition).Select(e => new EditionLink(e, e.Path(ArticleUrls.Front()))).ToList();
        if (pageNumber == 1)
        {
            // Each section's newest stories by its own index walk, joined by UNION ALL: two
            // queries whatever the number of sections. (A per-section Take inside one query
            // becomes ROW_NUMBER() over every published article, which grows with the archive.)
            var sections = await db.Sections.AsNoTracking()
                .Where(s => s.Edition == code)
                .OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.Name, s.Slug })
                .ToListAsync(ct);
            IQueryable<SectionCard>? newest = null;
            foreach (var section in sections)
            {
                var id = section.Id;
                var top = published.Where(a => a.SectionId == id).NewestFirst().Take(PerSection)
                    .Select(a => new SectionCard { SectionId = a.SectionId, Id = a.Id, Slug = a.Slug, Headline = a.Headline, Standfirst = a.Standfirst, TypeOfWork = a.TypeOfWork, IsBreaking = a.IsBreaking, PublishedAt = a.PublishedAt });
                newest = newest is null ? top : newest.Concat(top);
            }

            var cards = newest is null ? [] : await newest.ToListAsync(ct);
            Sections = sections
                .Select(b => new SectionBlock(b.Name, b.Slug, cards
                    .Where(a => a.SectionId == b.Id)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                    .Select(a => new ArticleCard(a.Id, a.Slug, a.Headline, a.Standfirst, a.TypeOfWork, a.IsBreaking, b.Name, b.Slug, a.PublishedAt!.Value))
                    .ToList()))
                .ToList();
        }

        return Page();
    }

    // Member initialisers, every member on every side: what EF Core needs to translate a UNION.
    private sealed class SectionCard
    {
        public int SectionId { get; init; }
        public int Id { get; init; }
        public string Slug { get; init; } = "";
        public string Headline { get; init; } = "";
        public string Standfirst { get; init; } = "";
        public TypeOfWork TypeOfWork { get; init; }
        public bool IsBreaking { get; init; }
        public DateTime? PublishedAt { get; init; }
    }
}
