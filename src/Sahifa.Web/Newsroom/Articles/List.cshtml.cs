using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Newsroom.Articles;

/// `/newsroom/articles`: every article in every state, most recently touched first, with who
/// touched it. Filters are query parameters so a filtered list can be bookmarked.
public sealed class ListModel(SahifaDb db, Editions.SiteEditions editions) : PageModel
{
    public const int PageSize = 30;

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "section")]
    public string? Section { get; set; }

    [FromQuery(Name = "author")]
    public string? Author { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "edition")]
    public string? Edition { get; set; }

    public Editions.SiteEditions Editions => editions;

    [FromQuery(Name = "mine")]
    public bool Mine { get; set; }

    public Paged<Row> Rows { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyList<(string Slug, string Name)> Sections { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Authors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken ct = default)
    {
        if (pageNumber < 1)
        {
            return NotFound();
        }

        var articles = db.Articles.AsNoTracking();
        if (ArticleStates.TryParse(Status, out var status))
        {
            articles = articles.Where(a => a.Status == status);
        }

        if (Edition is { Length: > 0 } edition)
        {
            articles = articles.Where(a => a.Edition == edition);
        }

        if (Section is { Length: > 0 })
        {
            articles = articles.Where(a => a.Section.Slug == Section);
        }

        if (Author is { Length: > 0 })
        {
            articles = articles.Where(a => a.Authors.Any(x => x.Author.Slug == Author));
        }

        if (Query?.Trim() is { Length: > 0 } q)
        {
            articles = articles.Where(a => a.Headline.Contains(q));
        }

        if (Mine)
        {
            var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
            articles = articles.Where(a => a.CreatedById == me);
        }

        var total = await articles.CountAsync(ct);
        var rows = await articles
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Slug, a.Headline, a.Status, a.Section.Name, a.PublishedAt, a.UpdatedAt, a.LastEditedByName, a.IsBreaking, a.CreatedById, a.Edition))
            .ToListAsync(ct);
        Rows = new Paged<Row>(rows, pageNumber, PageSize, total);
        Sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Slug, s.Name }).ToListAsync(ct)).Select(s => (s.Slug, s.Name)).ToList();
        Authors = (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name }).ToListAsync(ct)).Select(a => (a.Slug, a.Name)).ToList();
        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["status"] = Status, ["edition"] = Edition, ["section"] = Section, ["author"] = Author, ["q"] = Query, ["mine"] = Mine ? "true" : null, ["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/newsroom/articles", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public sealed record Row(int Id, string Slug, string Headline, ArticleStatus Status, string SectionName, DateTime? PublishedAt, DateTime UpdatedAt, string? LastEditedBy, bool IsBreaking, string? CreatedById, string Edition = Sahifa.Web.Editions.Edition.Arabic);
}
