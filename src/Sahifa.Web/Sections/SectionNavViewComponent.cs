using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Sections;

/// The list of sections in the site header.
public sealed class SectionNavViewComponent(SahifaDb db, SectionList list) : ViewComponent
{
    public sealed record Item(string Name, string Slug);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var edition = HttpContext.Edition().Code;
        if (list.For(edition) is not { } sections)
        {
            sections = await db.Sections.AsNoTracking()
                .Where(s => s.Edition == edition)
                .OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new Item(s.Name, s.Slug))
                .ToListAsync(HttpContext.RequestAborted);
            list.Keep(edition, sections);
        }

        return View("/Sections/_SectionNav.cshtml", sections);
    }
}

/// The header's section lists, one per edition, kept in memory: they are on every page and
/// change a few times a year. The cache invalidation (Caching/PublicPageInvalidation) forgets
/// them when the sections in the database differ from what it last saw, on every node.
public sealed class SectionList
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SectionNavViewComponent.Item>> _byEdition = new(StringComparer.Ordinal);

    public IReadOnlyList<SectionNavViewComponent.Item>? For(string edition) => _byEdition.TryGetValue(edition, out var list) ? list : null;

    public void Keep(string edition, IReadOnlyList<SectionNavViewComponent.Item> sections) => _byEdition[edition] = sections;

    public void Forget() => _byEdition.Clear();
}
