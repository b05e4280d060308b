using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Sitemaps;

/// `GET /sitemap-news.xml`: the articles published in the last 48 hours, newest first, as
/// Google News wants them (publication name, language, title, publication date). Older articles
/// stay in the regular sitemaps. Each edition has its own (`/en/sitemap-news.xml`): Google News
/// takes each language of a site as a publication of its own, in its own language.
public sealed class ServeNewsSitemap(SahifaDb db, TimeProvider clock, SiteUrls urls, SiteDates dates, IOptionsSnapshot<SiteOptions> site)
{
    /// Google News reads only articles from the last two days.
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public async Task<Results<BufferedFile, StatusCodeHttpResult>> HandleAsync(HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var edition = http.Edition();
        var code = edition.Code;
        var published = db.Articles.AsNoTracking().PublishedAsOf(now).Where(a => a.Edition == code);
        var recent = published.Where(a => a.PublishedAt >= since);

        // The sitemap also changes when an article ages out, 48 hours after it appeared; without
        // this a client asking If-Modified-Since would keep a list that still holds it.
        var lastAgedOut = await published.Where(a => a.PublishedAt < since).MaxAsync(a => a.PublishedAt, ct);
        var freshness = (await Freshness.OfAsync(db, recent, ct)).ChangedAt(lastAgedOut + Window);

        var origin = urls.Origin(http.Request);
        var publication = site.Value.Name;
        var language = SitemapWriter.NewsLanguage(code);
        // The edition is named: its prefix is off the path the ETag is made from.
        if (ConditionalGet.IsNotModified(http, freshness, $"{origin}\n{publication}\n{language}"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var articles = await recent.NewestFirst().Take(SitemapWriter.MaxNewsUrls)
            .Select(a => new { a.Id, a.Slug, a.Headline, a.PublishedAt, a.LeadImageId, LeadImageRenditions = a.LeadImage!.Renditions })
            .ToListAsync(ct);
        var entries = articles
            .Select(a => new NewsEntry(origin + ArticleUrls.Article(a.Id, a.Slug), a.Headline, dates.InSiteTime(a.PublishedAt!.Value),
                SitemapQueries.ImageUrl(origin, a.LeadImageId, a.LeadImageRenditions)))
            .ToList();
        return new BufferedFile(SitemapsModule.ContentType, stream => SitemapWriter.WriteNews(stream, publication, language, entries));
    }
}
