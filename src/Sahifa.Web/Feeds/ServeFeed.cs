using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Feeds;

/// `GET /feed.xml`, `/atom.xml`, `/feed.json`, and the same three beside each section, tag,
/// source and author page: the newest published articles of that archive.
public sealed class ServeFeed(
    SahifaDb db,
    TimeProvider clock,
    SiteUrls urls,
    SiteDates dates,
    IOptionsSnapshot<SiteOptions> site,
    IOptions<FeedOptions> options)
{
    public enum Scope
    {
        Site,
        Section,
        Tag,
        Source,
        Author,
    }

    public async Task<Results<BufferedFile, NotFound, StatusCodeHttpResult>> HandleAsync(
        Scope scope, string? slug, FeedFormat format, HttpContext http, CancellationToken ct)
    {
        if (await ResolveAsync(scope, slug ?? "", ct) is not { } archive)
        {
            return TypedResults.NotFound();
        }

        var articles = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime);
        if (archive.Filter is not null)
        {
            articles = articles.Where(archive.Filter);
        }

        var origin = urls.Origin(http.Request);
        var freshness = await Freshness.OfAsync(db, articles, ct);
        if (ConditionalGet.IsNotModified(http, freshness, Variant(archive, origin)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var fullContent = options.Value.FullContent;
        // Split: one query per collection, so six tags and two authors are not 12 rows per article.
        // The lead photograph is a LEFT JOIN in the main query, its renditions JSON in the row.
        var items = await articles.NewestFirst().Take(options.Value.Items)
            .AsSplitQuery()
            .Select(a => new Item(
                a.Id, a.Slug, a.Headline, a.Standfirst, fullContent ? a.BodyHtml : null, a.DeskName,
                a.Section.Name, a.Section.Slug, a.PublishedAt!.Value, a.UpdatedAt,
                a.Authors.OrderBy(x => x.Position).Select(x => new BylineAuthor(x.Author.Name, x.Author.Slug)).ToList(),
                a.Tags.OrderBy(x => x.Position).Select(x => new ArticleTagView(x.Tag.Name, x.Tag.Slug, x.Tag.Kind)).ToList(),
                MediaView.Of(a.LeadImageId, a.LeadImage!.Width, a.LeadImage.Height,
                    a.LeadImageAlt ?? a.LeadImage.Alt, a.LeadImageCaption ?? a.LeadImage.Caption, a.LeadImageCredit ?? a.LeadImage.Credit, a.LeadImage.Renditions)))
            .ToListAsync(ct);

        var feed = new FeedDocument(
            archive.Title,
            archive.Description,
            origin + (archive.Path.Length > 0 ? archive.Path : ArticleUrls.Front()),
            origin + ArticleUrls.Feed(format, archive.Path),
            urls.Absolute(http.Request, "/favicon.svg"),
            // An empty feed still needs a date (Atom requires one); a fixed one keeps its bytes,
            // and so its ETag, the same until the first article appears.
            dates.InSiteTime(freshness.LastChangedUtc ?? DateTime.UnixEpoch),
            items.Select(item => Entry(item, origin)).ToList());
        return new BufferedFile(format.ContentType(), stream => format.Write(stream, feed));
    }

    private sealed record Item(
        int Id,
        string Slug,
        string Headline,
        string Standfirst,
        string? BodyHtml,
        string? DeskName,
        string SectionName,
        string SectionSlug,
        DateTime PublishedAt,
        DateTime UpdatedAt,
        IReadOnlyList<BylineAuthor> Authors,
        IReadOnlyList<ArticleTagView> Tags,
        MediaView? LeadImage);

    private sealed record Archive(string Title, string Description, string Path, Expression<Func<Article, bool>>? Filter);

    private FeedEntry Entry(Item item, string origin)
    {
        var url = origin + ArticleUrls.Article(item.Id, item.Slug);
        IReadOnlyList<FeedPerson> authors = item.Authors.Count > 0
            ? item.Authors.Select(a => new FeedPerson(a.Name, origin + ArticleUrls.Author(a.Slug))).ToList()
            : [new FeedPerson(item.DeskName ?? site.Value.DefaultDesk, null)];
        var categories = item.Tags
            .Select(t => new FeedCategory(t.Name, origin + ArticleUrls.Tag(t.Slug)))
            .Prepend(new FeedCategory(item.SectionName, origin + ArticleUrls.Section(item.SectionSlug)))
            .ToList();

        // The body is marked right to left: a feed reader lays it out on its own page, where
        // nothing else says which way Arabic runs.
        var content = item.BodyHtml is null
            ? null
            : $"<div dir=\"rtl\" lang=\"ar\">{AbsoluteLinks.Rewrite(item.BodyHtml, origin, url)}</div>";

        return new FeedEntry(
            url,
            item.Headline,
            item.Standfirst,
            content,
            dates.InSiteTime(item.PublishedAt),
            dates.InSiteTime(Freshness.Later(item.UpdatedAt, item.PublishedAt)),
            authors,
            categories,
            item.LeadImage is { } photo ? Image(photo, origin) : null);
    }

    private static FeedImage Image(MediaView photo, string origin)
    {
        var card = photo.Card;
        return new FeedImage(origin + card.Path, card.Width, card.Height, card.ContentType, card.Length, photo.Alt, photo.Credit);
    }

    private async Task<Archive?> ResolveAsync(Scope scope, string slug, CancellationToken ct)
    {
        var siteName = site.Value.Name;
        switch (scope)
        {
            case Scope.Site:
                return new Archive(siteName, site.Value.Tagline, "", null);

            case Scope.Section:
                var section = await db.Sections.AsNoTracking().Where(s => s.Slug == slug)
                    .Select(s => new { s.Id, s.Name, s.Slug }).SingleOrDefaultAsync(ct);
                if (section is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(section.Name, siteName), $"آخر المواد في قسم {section.Name}",
                    ArticleUrls.Section(section.Slug), ArticleQueries.InSection(section.Id));

            case Scope.Tag:
                var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug)
                    .Select(t => new { t.Id, t.Name, t.Slug }).SingleOrDefaultAsync(ct);
                if (tag is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(tag.Name, siteName), $"آخر المواد الموسومة بـ«{tag.Name}»",
                    ArticleUrls.Tag(tag.Slug), ArticleQueries.Tagged(tag.Id));

            case Scope.Source:
                var source = await db.Sources.AsNoTracking().Where(s => s.Slug == slug)
                    .Select(s => new { s.Id, s.Name, s.Slug }).SingleOrDefaultAsync(ct);
                if (source is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(source.Name, siteName), $"المواد التي استندت إلى {source.Name}",
                    ArticleUrls.Source(source.Slug), ArticleQueries.Citing(source.Id));

            case Scope.Author:
                var author = await db.Authors.AsNoTracking().Where(a => a.Slug == slug)
                    .Select(a => new { a.Id, a.Name, a.Slug }).SingleOrDefaultAsync(ct);
                if (author is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(author.Name, siteName), $"آخر مواد {author.Name}",
                    ArticleUrls.Author(author.Slug), ArticleQueries.ByAuthor(author.Id));

            default:
                throw new ArgumentOutOfRangeException(nameof(scope));
        }
    }

    // Everything besides the articles that the feed's bytes depend on.
    private string Variant(Archive archive, string origin)
    {
        var s = site.Value;
        var o = options.Value;
        return string.Join('\n', origin, archive.Title, archive.Description, s.Tagline, s.DefaultDesk, s.TimeZone,
            o.Items.ToString(CultureInfo.InvariantCulture), o.FullContent ? "full" : "summary");
    }
}
