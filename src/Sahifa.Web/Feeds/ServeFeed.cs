using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Localisation;
using Sahifa.Web.Media;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Feeds;

/// `GET /feed.xml`, `/atom.xml`, `/feed.json`, and the same three beside each section, tag,
/// source and author page: the newest published articles of that archive. Each edition has its
/// own (`/en/feed.xml`, `/en/sections/{slug}/feed.xml`): its articles, its archives, links within
/// it and its language. The archive descriptions are interface text, read in the edition's
/// language, which the edition's path has set as the request's UI culture.
public sealed class ServeFeed(
    SahifaDb db,
    TimeProvider clock,
    SiteUrls urls,
    SiteDates dates,
    SiteEditions editions,
    IStringLocalizer<InterfaceText> text,
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
        var edition = http.Edition();
        if (await ResolveAsync(scope, slug ?? "", edition, ct) is not { } archive)
        {
            return TypedResults.NotFound();
        }

        var articles = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime).Where(archive.Filter);

        var origin = urls.Origin(http.Request);
        var freshness = await Freshness.OfAsync(db, articles, ct);
        if (ConditionalGet.IsNotModified(http, freshness, Variant(archive, edition, origin)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var fullContent = options.Value.FullContent;
        // Split: one query per collection, so six tags and two authors are not 12 rows per article.
        // The lead photograph is a LEFT JOIN in the main query, its renditions JSON in the row.
        var items = await articles.NewestFirst().Take(options.Value.Items)
            .AsSplitQuery()
            .Select(a => new Item(
                a.Id, a.Slug, a.Edition, a.Headline, a.Standfirst, fullContent ? a.BodyHtml : null, a.DeskName,
                a.Section.Name, a.Section.Slug, a.PublishedAt!.Value, a.UpdatedAt,
                a.Authors.OrderBy(x => x.Position).Select(x => new BylineAuthor(x.Author.Name, x.Author.Slug)).ToList(),
                a.Tags.OrderBy(x => x.Position).Select(x => new ArticleTagView(x.Tag.Name, x.Tag.Slug, x.Tag.Kind)).ToList(),
                MediaView.Of(a.LeadImageId, a.LeadImage!.Width, a.LeadImage.Height,
                    a.LeadImageAlt ?? a.LeadImage.Alt, a.LeadImageCaption ?? a.LeadImage.Caption, a.LeadImageCredit ?? a.LeadImage.Credit, a.LeadImage.Renditions)))
            .ToListAsync(ct);

        var feed = new FeedDocument(
            archive.Title,
            archive.Description,
            origin + edition.Path(archive.Path.Length > 0 ? archive.Path : ArticleUrls.Front()),
            origin + edition.Path(ArticleUrls.Feed(format, archive.Path)),
            urls.Absolute(http.Request, "/favicon.svg"),
            // An empty feed still needs a date (Atom requires one); a fixed one keeps its bytes,
            // and so its ETag, the same until the first article appears.
            dates.InSiteTime(freshness.LastChangedUtc ?? DateTime.UnixEpoch),
            items.Select(item => Entry(item, origin)).ToList(),
            edition.Code);
        return new BufferedFile(format.ContentType(), stream => format.Write(stream, feed));
    }

    private sealed record Item(
        int Id,
        string Slug,
        string Edition,
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

    /// `Path` is the archive's page within its edition, without the edition's prefix: "" for the
    /// whole site.
    private sealed record Archive(string Title, string Description, string Path, Expression<Func<Article, bool>> Filter);

    private FeedEntry Entry(Item item, string origin)
    {
        // Article pages have one address whatever their edition; its archives are the edition's.
        var edition = editions.Of(item.Edition);
        var url = origin + ArticleUrls.Article(item.Id, item.Slug);
        IReadOnlyList<FeedPerson> authors = item.Authors.Count > 0
            ? item.Authors.Select(a => new FeedPerson(a.Name, origin + edition.Path(ArticleUrls.Author(a.Slug)))).ToList()
            : [new FeedPerson(item.DeskName ?? site.Value.DefaultDesk, null)];
        var categories = item.Tags
            .Select(t => new FeedCategory(t.Name, origin + edition.Path(ArticleUrls.Tag(t.Slug))))
            .Prepend(new FeedCategory(item.SectionName, origin + edition.Path(ArticleUrls.Section(item.SectionSlug))))
            .ToList();

        // The body says its language and direction: a feed reader lays it out on its own page,
        // where nothing else says which way Arabic or Sorani runs.
        var content = item.BodyHtml is null
            ? null
            : $"<div dir=\"{edition.Direction}\" lang=\"{edition.Code}\">{AbsoluteLinks.Rewrite(item.BodyHtml, origin, url)}</div>";

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

    private async Task<Archive?> ResolveAsync(Scope scope, string slug, Edition edition, CancellationToken ct)
    {
        var siteName = site.Value.Name;
        var code = edition.Code;
        switch (scope)
        {
            case Scope.Site:
                // The primary edition's line is the settings page's; another edition words its own.
                var tagline = edition.IsPrimary ? site.Value.Tagline : edition.Tagline ?? text["Site.Tagline"];
                return new Archive(siteName, tagline, "", a => a.Edition == code);

            case Scope.Section:
                var section = await db.Sections.AsNoTracking().Where(s => s.Edition == code && s.Slug == slug)
                    .Select(s => new { s.Id, s.Name, s.Slug }).SingleOrDefaultAsync(ct);
                if (section is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(section.Name, siteName), text["Feeds.SectionDescription", section.Name],
                    ArticleUrls.Section(section.Slug), ArticleQueries.InSection(section.Id));

            case Scope.Tag:
                var tag = await db.Tags.AsNoTracking().Where(t => t.Edition == code && t.Slug == slug)
                    .Select(t => new { t.Id, t.Name, t.Slug }).SingleOrDefaultAsync(ct);
                if (tag is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(tag.Name, siteName), text["Feeds.TagDescription", tag.Name],
                    ArticleUrls.Tag(tag.Slug), ArticleQueries.Tagged(tag.Id));

            case Scope.Source:
                var source = await db.Sources.AsNoTracking().Where(s => s.Edition == code && s.Slug == slug)
                    .Select(s => new { s.Id, s.Name, s.Slug }).SingleOrDefaultAsync(ct);
                if (source is null)
                {
                    return null;
                }

                // The same sentence as the source's own page.
                return new Archive(FeedLinks.Title(source.Name, siteName), text["Archive.SourceDescription", source.Name],
                    ArticleUrls.Source(source.Slug), ArticleQueries.Citing(source.Id));

            case Scope.Author:
                var author = await db.Authors.AsNoTracking().Where(a => a.Edition == code && a.Slug == slug)
                    .Select(a => new { a.Id, a.Name, a.Slug }).SingleOrDefaultAsync(ct);
                if (author is null)
                {
                    return null;
                }

                return new Archive(FeedLinks.Title(author.Name, siteName), text["Feeds.AuthorDescription", author.Name],
                    ArticleUrls.Author(author.Slug), ArticleQueries.ByAuthor(author.Id));

            default:
                throw new ArgumentOutOfRangeException(nameof(scope));
        }
    }

    // Everything besides the articles that the feed's bytes depend on. The path is the one the
    // edition's prefix was taken off, so the edition is named here: `/feed.xml` and `/en/feed.xml`
    // are different feeds.
    private string Variant(Archive archive, Edition edition, string origin)
    {
        var s = site.Value;
        var o = options.Value;
        return string.Join('\n', origin, edition.Code, edition.Direction, archive.Title, archive.Description, s.Tagline, s.DefaultDesk, s.TimeZone,
            o.Items.ToString(CultureInfo.InvariantCulture), o.FullContent ? "full" : "summary");
    }
}
