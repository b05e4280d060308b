using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// `GET /sitemaps/{name}.xml`: one file of the index, at most a page (50,000) of URLs of
/// published articles, of archives that hold any, or of the front page.
public sealed class ServeSitemap(SahifaDb db, TimeProvider clock, SiteUrls urls, SiteDates dates, IOptions<SitemapOptions> options)
{
    public async Task<Results<BufferedFile, NotFound, StatusCodeHttpResult>> HandleAsync(string name, HttpContext http, CancellationToken ct)
    {
        if (!SitemapName.TryParse(name, out var file))
        {
            return TypedResults.NotFound();
        }

        var published = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime);
        var origin = urls.Origin(http.Request);
        var pageSize = options.Value.PageSize;
        var skip = (file.Page - 1) * pageSize;
        var freshness = await Freshness.OfAsync(db, published, ct);

        // The page is read before the validators are set: a file that does not exist (a month
        // with no articles, a page past the end) is a plain 404, without an ETag.
        List<SitemapEntry> entries;
        switch (file.Kind)
        {
            case SitemapKind.Pages:
                var front = freshness.LastChangedUtc is { } changed ? dates.InSiteTime(changed) : (DateTimeOffset?)null;
                entries = [new SitemapEntry(origin + ArticleUrls.Front(), front)];
                break;

            case SitemapKind.Articles:
                var articles = await published.PublishedInMonth(file.Year, file.Month)
                    .Skip(skip).Take(pageSize)
                    .Select(a => new { a.Id, a.Slug, a.UpdatedAt, a.PublishedAt, a.LeadImageId, LeadImageRenditions = a.LeadImage!.Renditions })
                    .ToListAsync(ct);
                entries = articles
                    .Select(a => new SitemapEntry(origin + ArticleUrls.Article(a.Id, a.Slug), dates.InSiteTime(Freshness.Later(a.UpdatedAt, a.PublishedAt)),
                        SitemapQueries.ImageUrl(origin, a.LeadImageId, a.LeadImageRenditions)))
                    .ToList();
                break;

            default:
                var archives = await published.ChangesBy(file.Kind).Archives().Skip(skip).Take(pageSize).ToListAsync(ct);
                entries = archives
                    .Select(a => new SitemapEntry(origin + SitemapQueries.ArchivePath(file.Kind, a.Slug), dates.InSiteTime(Freshness.Later(a.UpdatedAt, a.PublishedAt))))
                    .ToList();
                break;
        }

        if (entries.Count == 0)
        {
            return TypedResults.NotFound();
        }

        if (ConditionalGet.IsNotModified(http, freshness, string.Create(CultureInfo.InvariantCulture, $"{origin}\n{pageSize}")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return new BufferedFile(SitemapsModule.ContentType, stream => SitemapWriter.WriteUrls(stream, entries, images: file.Kind == SitemapKind.Articles));
    }
}
