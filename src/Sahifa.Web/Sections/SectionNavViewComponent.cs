using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Sections;

/// The list of sections in the site header.
public sealed class SectionNavViewComponent(SahifaDb db, SectionList list) : ViewComponent
{
    public sealed record Item(string Name, string Slug);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (list.Current is not { } sections)
        {
            sections = await db.Sections.AsNoTracking()
                .OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new Item(s.Name, s.Slug))
                .ToListAsync(HttpContext.RequestAborted);
            list.Current = sections;
        }

        return View("/Sections/_SectionNav.cshtml", sections);
    }
}

/// The header's section list, kept in memory: it is on every page and changes a few times a
/// year. The cache invalidation (Caching/PublicPageInvalidation) forgets it when the sections
/// in the database differ from what it last saw, on every node.
public sealed class SectionList
{
    private IReadOnlyList<SectionNavViewComponent.Item>? _current;

    public IReadOnlyList<SectionNavViewComponent.Item>? Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }

    public void Forget() => Current = null;
}
