using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Search;

/// `GET /search?q=&page=`: results with highlighted snippets, facets to narrow them, paging, and a
/// suggestion when nothing matched. Filters: `section`, `tag`, `type`, `from`, `to` (yyyy-MM-dd),
/// `sort=date`. `/en/search` and the other editions' paths search that edition's stories only.
public sealed class IndexModel(SearchArticles search, SearchIndex index) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    [FromQuery(Name = "section")]
    public string? Section { get; set; }

    [FromQuery(Name = "tag")]
    public string? Tag { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    public SearchResults? Results { get; private set; }

    /// An Arabic message for input we could not use; the form is shown again with it.
    public string? Problem { get; private set; }

    public bool IndexIsBuilding => index.IsRebuilding || index.NeedsRebuild;

    public bool SortByDate => Sort == "date";

    public IActionResult OnGet()
    {
        var input = new SearchInput(Q, PageText, From, To);
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            Problem = string.Join(" ", errors.Values.Select(e => Localisation.InterfaceText.Say("Search.Error." + e.Code, SearchQuery.MaxLength, SearchArticles.MaxPage)).Distinct());
            return Answer(StatusCodes.Status422UnprocessableEntity);
        }

        if (!input.HasQuery)
        {
            return Page();
        }

        var page = input.PageNumber;
        Results = search.Run(new SearchRequest(
            Q!, page, Section, Tag, Type, input.FromDate, input.ToDate, SortByDate ? SearchSort.Date : SearchSort.Relevance, HttpContext.Edition().Code));
        if (Results.Total > 0 && page > Results.PageCount)
        {
            Problem = Localisation.InterfaceText.Say("Search.Error.no_such_page");
            Results = Results with { Hits = [] };
            return Answer(StatusCodes.Status404NotFound);
        }

        return Page();
    }

    /// This search with some parameters changed; null removes one. The page goes back to 1
    /// unless it is the parameter changed. It stays in the page's edition (`/en/search?…`).
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["section"] = Section,
            ["tag"] = Tag,
            ["type"] = Type,
            ["from"] = From,
            ["to"] = To,
            ["sort"] = Sort,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var query = QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
        return HttpContext.Edition().Path("/search" + query.ToUriComponent());
    }

    public string PageLink(int page) => Link(("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    private PageResult Answer(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
