using Microsoft.Extensions.Localization;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Shared;

/// What every archive (section, tag, source, author) shows: a title, a line of context, a count
/// and a page of stories.
public sealed record Archive(
    string Kind,
    string Title,
    string? Description,
    string? ExternalUrl,
    Paged<ArticleCard> Articles,
    Func<int, string> PageUrl)
{
    public string PageTitle(IStringLocalizer text) => Articles.Page == 1 ? Title : text["Archive.PageTitle", Title, Articles.Page];

    public string MetaDescription => Description ?? $"{Kind}: {Title}";
}
