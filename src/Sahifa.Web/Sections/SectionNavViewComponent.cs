using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Sections;

/// The list of sections in the site header.
public sealed class SectionNavViewComponent(SahifaDb db) : ViewComponent
{
    public sealed record Item(string Name, string Slug);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new Item(s.Name, s.Slug))
            .ToListAsync(HttpContext.RequestAborted);
        return View("/Sections/_SectionNav.cshtml", sections);
    }
}
