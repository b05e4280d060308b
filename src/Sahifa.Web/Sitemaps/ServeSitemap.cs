using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// `GET /sitemaps/{name}.xml` (and `/en/sitemaps/{name}.xml`): one file of an edition's index, at
/// most a page (50,000) of URLs of that edition's published articles, of its archives that hold
/// any, or of its front page.
///
/// On a site with several editions, an article in a translation group lists every public member
/// as an xhtml:link alternate, itself included, and the primary edition's member as x-default,
/// as the article page's head does: Google reads either, and the sitemap reaches pages a crawler
/// has not opened yet.
public sealed class ServeSitemap(
    SahifaDb db, TimeProvider clock, SiteUrls urls, SiteDates dates, SiteEditions editions, IOptions<SitemapOptions> options)
{
    public async Task<Results<BufferedFile, NotFound, StatusCodeHttpResult>> HandleAsync(string name, HttpContext http, CancellationToken ct)
    {
        if (!SitemapName.TryParse(name, out var file))
        {
            return TypedResults.NotFound();
        }

        var edition = http.Edition();
        var code = edition.Code;
        var everyEdition = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime);
        var published = everyEdition.Where(a => a.Edition == code);
        var origin = urls.Origin(http.Request);
        var pageSize = options.Value.PageSize;
        var skip = (file.Page - 1) * pageSize;
        var freshness = await Freshness.OfAsync(db, published, ct);
        var alternates = editions.AreSeveral;

        // The page is read before the validators are set: a file that does not exist (a month
        // with no articles, a page past the end) is a plain 404, without an ETag.
        List<SitemapEntry> entries;
        switch (file.Kind)
        {
            case SitemapKind.Pages:
                var front = freshness.LastChangedUtc is { } changed ? dates.InSiteTime(changed) : (DateTimeOffset?)null;
                entries = [new SitemapEntry(origin + edition.Path(ArticleUrls.Front()), front, Alternates: alternates ? FrontPages(origin) : null)];
                break;

            case SitemapKind.Articles:
                var articles = await published.PublishedInMonth(file.Year, file.Month)
                    .Skip(skip).Take(pageSize)
                    .Select(a => new { a.Id, a.Slug, a.TranslationOfId, a.UpdatedAt, a.PublishedAt, a.LeadImageId, LeadImageRenditions = a.LeadImage!.Renditions })
                    .ToListAsync(ct);
                // One edition has no translations to look up, so it asks nothing more than before.
                var groups = alternates && articles.Count > 0
                    ? await everyEdition.PublicGroupsAsync([.. articles.Select(a => a.TranslationOfId ?? a.Id).Distinct()], ct)
                    : null;
                entries = articles
                    .Select(a => new SitemapEntry(origin + ArticleUrls.Article(a.Id, a.Slug), dates.InSiteTime(Freshness.Later(a.UpdatedAt, a.PublishedAt)),
                        SitemapQueries.ImageUrl(origin, a.LeadImageId, a.LeadImageRenditions),
                        groups is null ? null : Translations(groups[a.TranslationOfId ?? a.Id], origin)))
                    .ToList();
                break;

            default:
                var archives = await published.ChangesBy(file.Kind).Archives().Skip(skip).Take(pageSize).ToListAsync(ct);
                entries = archives
                    .Select(a => new SitemapEntry(origin + edition.Path(SitemapQueries.ArchivePath(file.Kind, a.Slug)), dates.InSiteTime(Freshness.Later(a.UpdatedAt, a.PublishedAt))))
                    .ToList();
                break;
        }

        if (entries.Count == 0)
        {
            return TypedResults.NotFound();
        }

        // The edition is named: its prefix is off the path the ETag is made from. So are the
        // others, whose pages the alternates name.
        if (ConditionalGet.IsNotModified(http, freshness, string.Create(CultureInfo.InvariantCulture, $"{origin}\n{pageSize}\n{code}\n{string.Join(',', editions.All.Select(e => e.Code))}")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var declareXhtml = alternates && file.Kind is SitemapKind.Pages or SitemapKind.Articles;
        return new BufferedFile(SitemapsModule.ContentType, stream =>
            SitemapWriter.WriteUrls(stream, entries, images: file.Kind == SitemapKind.Articles, alternates: declareXhtml));
    }

    // A story with no public translation has no alternates; one with them names every member, in
    // the site's order of editions. A member in an edition since removed from the configuration
    // is left out, as the article page leaves it out.
    private List<SitemapAlternate>? Translations(IEnumerable<Editions.Translations.Member> group, string origin)
    {
        var members = editions.InOrder(group, m => m.Edition).ToList();
        if (members.Count < 2)
        {
            return null;
        }

        var links = members.Select(m => new SitemapAlternate(m.Edition, origin + m.Url)).ToList();
        if (links.FirstOrDefault(l => l.HrefLang == editions.Primary.Code) is { } primary)
        {
            links.Add(primary with { HrefLang = "x-default" });
        }

        return links;
    }

    // Every edition's front page is the same page in another language, as the front page's head says.
    private List<SitemapAlternate> FrontPages(string origin) =>
    [
        .. editions.All.Select(e => new SitemapAlternate(e.Code, origin + e.Path(ArticleUrls.Front()))),
        new SitemapAlternate("x-default", origin + editions.Primary.Path(ArticleUrls.Front())),
    ];
}
