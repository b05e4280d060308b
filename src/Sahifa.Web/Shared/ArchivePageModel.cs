using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Shared;

/// What the section, tag, source and author pages share: the published stories, one page of
/// them, 400 for a page number that is not a number and 404 past the last page.
public abstract class ArchivePageModel(SahifaDb db, TimeProvider clock) : PageModel
{
    public Archive Archive { get; private set; } = null!;

    protected SahifaDb Db => db;

    /// The edition the archive is in (`/en/sections/x` is English's section x).
    protected Editions.Edition Edition => HttpContext.Edition();

    protected IStringLocalizer Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Localisation.InterfaceText>>();

    protected IQueryable<Article> Published => db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime);

    protected async Task<IActionResult> ShowAsync(
        IQueryable<Article> articles, int pageNumber, Func<Paged<ArticleCard>, Archive> archive, CancellationToken ct)
    {
        if (await articles.PageOfCardsAsync(pageNumber, ct) is not { } paged)
        {
            return NotFound();
        }

        Archive = archive(paged);
        return Page();
    }
}
