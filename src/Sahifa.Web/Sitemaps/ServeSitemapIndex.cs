using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// `GET /sitemap.xml`: the index of the sitemap files, each with the last change to what it
/// lists. Articles are filed by the month they were published, so an old month's file keeps its
/// lastmod and crawlers can skip it; a month or an archive list longer than the page size is
/// split over several files.
///
/// Each edition has its own index (`/en/sitemap.xml`) of its own files (`/en/sitemaps/...`),
/// rather than one index of every edition's: each is then exactly the one edition's, and the
/// files stay named as they were, so a one-edition site's sitemaps are what they always were.
/// robots.txt lists every edition's index.
public sealed class ServeSitemapIndex(SahifaDb db, TimeProvider clock, SiteUrls urls, SiteDates dates, IOptions<SitemapOptions> options)
{
    private static readonly SitemapKind[] ArchiveKinds = [SitemapKind.Sections, SitemapKind.Tags, SitemapKind.Sources, SitemapKind.Authors];

    public async Task<Results<BufferedFile, StatusCodeHttpResult>> HandleAsync(HttpContext http, CancellationToken ct)
    {
        var edition = http.Edition();
        var code = edition.Code;
        var published = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime).Where(a => a.Edition == code);
        var origin = urls.Origin(http.Request);
        var pageSize = options.Value.PageSize;
        var freshness = await Freshness.OfAsync(db, published, ct);
        // The edition is named: its prefix is off the path the ETag is made from.
        if (ConditionalGet.IsNotModified(http, freshness, string.Create(CultureInfo.InvariantCulture, $"{origin}\n{pageSize}\n{code}")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var files = new List<(SitemapName Name, DateTime? Changed)> { (new SitemapName(SitemapKind.Pages), freshness.LastChangedUtc) };

        // A file's lastmod is the latest change in its whole archive kind or month, not in that
        // one page: exact per page would cost a query per page, and an early lastmod only means
        // a crawler re-reads an unchanged file.
        foreach (var kind in ArchiveKinds)
        {
            var changes = published.ChangesBy(kind);
            var count = await changes.Select(c => c.Slug).Distinct().CountAsync(ct);
            if (count == 0)
            {
                continue;
            }

            var latest = await changes.GroupBy(c => 1)
                .Select(g => new { Updated = g.Max(c => c.UpdatedAt), Published = g.Max(c => c.PublishedAt) })
                .SingleAsync(ct);
            for (var page = 1; page <= SitemapQueries.PageCount(count, pageSize); page++)
            {
                files.Add((new SitemapName(kind, page), Freshness.Later(latest.Updated, latest.Published)));
            }
        }

        var months = await published
            .GroupBy(a => new { a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Updated = g.Max(a => a.UpdatedAt), Published = g.Max(a => a.PublishedAt) })
            .ToListAsync(ct);
        foreach (var month in months.OrderByDescending(m => m.Year).ThenByDescending(m => m.Month))
        {
            for (var page = 1; page <= SitemapQueries.PageCount(month.Count, pageSize); page++)
            {
                files.Add((SitemapName.ArticlesOf(month.Year, month.Month, page), Freshness.Later(month.Updated, month.Published)));
            }
        }

        var entries = files
            .Select(f => new SitemapEntry(origin + edition.Path(ArticleUrls.Sitemap(f.Name.ToString())), f.Changed is { } c ? dates.InSiteTime(c) : null))
            .ToList();
        return new BufferedFile(SitemapsModule.ContentType, stream => SitemapWriter.WriteIndex(stream, entries));
    }
}
