using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Articles;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Caching;

/// After a public page's handler has loaded what it shows, names it: cache tags for what the page
/// depends on, and Last-Modified from the newest story on it. Kept here, beside the cache, so the
/// pages themselves stay about content.
internal sealed class PageTagging(PublicPageInvalidation invalidation) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (executed.Exception is not null || http.GetEndpoint()?.Metadata.GetMetadata<PublicPage>() is null)
        {
            return;
        }

        var tags = new List<string>();
        DateTime? lastModified = null;
        switch (context.HandlerInstance)
        {
            case Articles.ShowModel article:
                if (context.RouteData.Values["id"] is { } id && int.TryParse(id.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var articleId))
                {
                    tags.Add(PublicPageTags.Article(articleId));
                }

                // Null when the handler answered 301, 404 or 410.
                if (article.Article is { } shown)
                {
                    string[] archives =
                    [
                        PublicPageTags.Section(shown.SectionSlug),
                        .. shown.Tags.Select(t => PublicPageTags.Tag(t.Slug)),
                        .. shown.Sources.Select(s => PublicPageTags.Source(s.Slug)),
                        .. shown.Authors.Select(a => PublicPageTags.Author(a.Slug)),
                    ];
                    tags.AddRange(archives);
                    invalidation.Saw(shown.Id, archives);
                    lastModified = Freshness.Later(shown.UpdatedAt, shown.PublishedAt);
                }

                break;
            case ArchivePageModel archive:
                if (context.RouteData.Values["slug"] is string slug && ArchiveTag(context.ActionDescriptor.ViewEnginePath) is { } tag)
                {
                    tags.Add(tag(slug));
                }

                // A story on the page that is edited, or moved elsewhere, clears the page too.
                if (archive.Archive is { } shownArchive)
                {
                    Cards(shownArchive.Articles.Items, tags, ref lastModified);
                }

                break;
            case Front.IndexModel front:
                tags.Add(PublicPageTags.Front);
                if (front.Latest is { } latest)
                {
                    Cards(latest.Items, tags, ref lastModified);
                }

                foreach (var block in front.Sections)
                {
                    Cards(block.Articles, tags, ref lastModified);
                }

                break;
            default:
                break;
        }

        PublicPageTags.Add(http, tags);
        if (lastModified is { } modified)
        {
            http.Response.GetTypedHeaders().LastModified = Validators.ToHttpDate(modified);
        }
    }

    private static void Cards(IEnumerable<ArticleCard> cards, List<string> tags, ref DateTime? lastModified)
    {
        foreach (var card in cards)
        {
            tags.Add(PublicPageTags.Article(card.Id));
            lastModified = card.PublishedAt > lastModified || lastModified is null ? card.PublishedAt : lastModified;
        }
    }

    private static Func<string, string>? ArchiveTag(string page) => page switch
    {
        "/Sections/Show" => PublicPageTags.Section,
        "/Tags/Show" => PublicPageTags.Tag,
        "/Sources/Show" => PublicPageTags.Source,
        "/Authors/Show" => PublicPageTags.Author,
        _ => null,
    };
}
