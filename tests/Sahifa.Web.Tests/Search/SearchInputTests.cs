using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sahifa.Web.Search;

namespace Sahifa.Web.Tests.Search;

/// One validation of a search for the page and the API: the same input is refused with the same
/// Arabic message, 422 beside the field on the page and a problem with a stable code from the API.
public class SearchInputTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Theory]
    [InlineData("الرقة", null, null, null, "")]
    [InlineData(null, null, null, null, "")]
    [InlineData("   ", "2", null, null, "")]
    [InlineData("الرقة", "100", "2026-03-01", "2026-03-31", "")]
    [InlineData("الرقة", "0", null, null, "page:bad_paging")]
    [InlineData("الرقة", "١", null, null, "page:bad_paging")]
    [InlineData("الرقة", "1.5", null, null, "page:bad_paging")]
    [InlineData("الرقة", "101", null, null, "page:bad_paging")]
    [InlineData("الرقة", null, "أمس", null, "from:bad_date")]
    [InlineData("الرقة", null, "2026-3-1", "2026-02-30", "from:bad_date to:bad_date")]
    [InlineData("LONG", "x", null, null, "q:query_too_long page:bad_paging")]
    public void Validate_names_each_bad_field_with_a_code_and_an_arabic_message(string? q, string? page, string? from, string? to, string expected)
    {
        var input = new SearchInput(q == "LONG" ? new string('س', SearchQuery.MaxLength + 1) : q, page, from, to);

        var errors = input.Validate();

        Assert.Equal(expected, string.Join(' ', errors.Select(e => $"{e.Key}:{e.Value.Code}")));
        Assert.All(errors.Values, e => Assert.Contains(e.Message, c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Theory]
    [InlineData("q=LONG", "query_too_long")]
    [InlineData("q=x&page=0", "bad_paging")]
    [InlineData("q=x&page=abc", "bad_paging")]
    [InlineData("q=x&page=101", "bad_paging")]
    public async Task Page_and_api_refuse_the_same_input_with_the_same_message(string query, string code)
    {
        query = query.Replace("LONG", new string('س', 600), StringComparison.Ordinal);
        var client = factory.CreateClient();

        using var api = await client.GetAsync("/api/v1/search?" + query);
        var page = await client.GetDocumentAsync("/search?" + query, expectedStatus: 422);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(problem.GetProperty("detail").GetString(), page.Text("#search-problem"));
        Assert.Equal("true", page.QuerySelector("#search-q")!.GetAttribute("aria-invalid"));
    }
}
