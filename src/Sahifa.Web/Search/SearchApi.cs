using Microsoft.AspNetCore.Http.HttpResults;
using Sahifa.Web.Articles;
using Sahifa.Web.Editions;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Search;

/// `GET /api/v1/search?q=&page=&section=&tag=&type=&edition=`: the same search as the page, as
/// JSON, in one edition (the primary one unless `edition` names another).
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/search").WithTags("Search");

        group.MapGet("/", SearchAsync).WithMetadata(SearchModule.ApiResults);

        return group;
    }

    public sealed record SearchResultJson(int Id, string Title, string Url, string Snippet, string Section, DateTimeOffset PublishedAt);

    public sealed record SearchJson(int Total, int Page, int PageSize, string? DidYouMean, IReadOnlyList<SearchResultJson> Results, string Edition);

    // Parameters arrive as strings so a bad page number gets our problem, not the framework's.
    private static Results<Ok<SearchJson>, ProblemHttpResult> SearchAsync(
        SearchArticles search, SiteUrls urls, SiteEditions editions, HttpRequest request,
        string? q = null, string? page = null, string? section = null, string? tag = null, string? type = null, string? edition = null)
    {
        var input = new SearchInput(q, page);
        if (!input.HasQuery)
        {
            return Problems.BadRequest(SearchInput.MissingQuery.Code, SearchInput.MissingQuery.Message);
        }

        if (input.Validate().Values.FirstOrDefault() is { } error)
        {
            return Problems.BadRequest(error.Code, error.Message);
        }

        if ((edition is null ? editions.Primary : editions.Find(edition)) is not { } searched)
        {
            return Problems.BadRequest("unknown_edition", $"لا طبعة «{edition}» في هذا الموقع؛ الطبعات: {string.Join("، ", editions.All.Select(e => e.Code))}.");
        }

        var results = search.Run(new SearchRequest(q!, input.PageNumber, section, tag, type, Edition: searched.Code));
        var origin = urls.Origin(request);
        return TypedResults.Ok(new SearchJson(
            results.Total,
            results.Page,
            SearchResults.PageSize,
            results.DidYouMean,
            results.Hits.Select(h => new SearchResultJson(
                h.Id,
                h.Headline,
                origin + h.Url,
                SearchPaging.PlainSnippet(h.Snippet),
                h.SectionName,
                new DateTimeOffset(h.PublishedAt, TimeSpan.Zero))).ToList(),
            searched.Code));
    }
}

/// Page numbers and snippets as the page and the API both read and write them.
public static class SearchPaging
{
    public static bool TryParse(string? value, out int page)
    {
        page = 1;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page)
            && page is >= 1 and <= SearchArticles.MaxPage;
    }

    public static string PlainSnippet(Sahifa.Arabic.SearchSnippet snippet) =>
        (snippet.CutBefore ? "… " : "") + string.Concat(snippet.Parts.Select(p => p.Text)) + (snippet.CutAfter ? " …" : "");
}
