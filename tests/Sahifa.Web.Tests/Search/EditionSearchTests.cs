using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Sahifa.Web.Search;
using Sahifa.Web.Tests.Editions;

namespace Sahifa.Web.Tests.Search;

/// Search on a site of four editions: each edition's page (`/search`, `/en/search`…) and the API's
/// `edition` look through that edition's stories only, read by its language's rules.
public class EditionSearchTests
{
    private static IReadOnlyList<string> Headlines(IDocument page) => page.Texts(".search-hit h3");

    private static async Task<int> CreateAsync(HttpClient api, object story)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/articles", story);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<List<int>> IdsAsync(HttpClient client, string edition, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?edition={edition}&q={Uri.EscapeDataString(query)}");
        return [.. json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32())];
    }

    // A new host builds its index before it follows the feed; on a busy machine that takes a while.
    private static async Task FoundAsync(HttpClient client, string edition, string query, int id) =>
        await Eventually.WithinAsync(
            async () => (await IdsAsync(client, edition, query)).Contains(id),
            TimeSpan.FromSeconds(60),
            $"article {id} not found by «{query}» in {edition}");

    [Fact]
    public async Task Each_edition_finds_its_own_story_about_the_same_thing_and_not_the_others()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        var ar = await CreateAsync(api, EditionsTests.Story("إعادة افتتاح جسر القامشلي على طريق M4", "اقتصاد", "ar"));
        var en = await CreateAsync(api, EditionsTests.Story("Qamishli bridge on the M4 reopening after repairs", "Economy", "en", ar));
        var reader = factory.CreateClient();
        await FoundAsync(reader, "en", "bridge", en);
        await FoundAsync(reader, "ar", "جسر", ar);

        Assert.Equal(["Qamishli bridge on the M4 reopening after repairs"], Headlines(await reader.GetDocumentAsync("/en/search?q=bridge")));
        Assert.Equal(["إعادة افتتاح جسر القامشلي على طريق M4"], Headlines(await reader.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("جسر"))));

        // A word both stories have (M4) still finds only the edition's own.
        Assert.Equal([en], await IdsAsync(reader, "en", "M4"));
        Assert.Equal([ar], await IdsAsync(reader, "ar", "M4"));
        Assert.Empty(await IdsAsync(reader, "ckb", "M4"));
        Assert.Empty(Headlines(await reader.GetDocumentAsync("/en/search?q=" + Uri.EscapeDataString("جسر"))));
    }

    [Fact]
    public async Task English_search_stems_english_and_marks_the_word_as_written()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        var en = await CreateAsync(api, EditionsTests.Story("Qamishli bridge reopening after repairs", "Economy", "en"));
        var reader = factory.CreateClient();
        await FoundAsync(reader, "en", "reopens", en);

        var page = await reader.GetDocumentAsync("/en/search?q=reopens+the+bridges");

        Assert.Equal(["Qamishli bridge reopening after repairs"], Headlines(page));
        Assert.Equal(["bridge", "reopening"], page.Texts(".search-hit .search-snippet mark"));
        Assert.Equal("/en/sections/economy", page.QuerySelector(".search-hit .kicker a")!.GetAttribute("href"));
        Assert.StartsWith($"/articles/{en}/", page.QuerySelector(".search-hit h3 a")!.GetAttribute("href"));
        Assert.Equal("/en/search", page.QuerySelector("form.search-form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Sorani_search_meets_the_forms_the_sorani_stemmer_conflates()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        // «The schools in Qamishli reopened»; the reader types «the school».
        var ckb = await CreateAsync(api, EditionsTests.Story("قوتابخانەکان لە قامیشلۆ کرانەوە", "ئابووری", "ckb"));
        var reader = factory.CreateClient();
        await FoundAsync(reader, "ckb", "قامیشلۆ", ckb);

        var page = await reader.GetDocumentAsync("/ckb/search?q=" + Uri.EscapeDataString("قوتابخانەکە"));

        Assert.Equal(["قوتابخانەکان لە قامیشلۆ کرانەوە"], Headlines(page));
        Assert.Equal(["قوتابخانەکان"], page.Texts(".search-hit .search-snippet mark"));
        Assert.Empty(Headlines(await reader.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("قوتابخانەکە"))));
    }

    [Fact]
    public async Task Kurmanji_search_finds_the_marked_letters_typed_without_their_marks()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        var kmr = await CreateAsync(api, EditionsTests.Story("Li Qamişlo pira kevn ji nû ve hat vekirin", "Aborî", "kmr"));
        var reader = factory.CreateClient();
        await FoundAsync(reader, "kmr", "pira", kmr);

        var page = await reader.GetDocumentAsync("/kmr/search?q=qamislo");

        Assert.Equal(["Li Qamişlo pira kevn ji nû ve hat vekirin"], Headlines(page));
        Assert.Equal(["Qamişlo"], page.Texts(".search-hit .search-snippet mark"));
        Assert.Equal([kmr], await IdsAsync(reader, "kmr", "QAMIŞLO"));
    }

    [Fact]
    public async Task Facets_links_and_suggestions_stay_within_the_edition()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        await CreateAsync(api, EditionsTests.Story("Tishreen dam turbines back at work", "Economy", "en", tag: "Tishreen Dam"));
        var culture = await CreateAsync(api, EditionsTests.Story("A film about the Tishreen dam", "Culture", "en"));
        await CreateAsync(api, EditionsTests.Story("عودة عنفات سد تشرين إلى العمل", "اقتصاد", "ar", tag: "سد تشرين"));
        var kmr = await CreateAsync(api, EditionsTests.Story("Bendava Tişrîn dîsa dixebite", "Aborî", "kmr"));
        var reader = factory.CreateClient();
        await FoundAsync(reader, "en", "film", culture);
        await FoundAsync(reader, "kmr", "bendava", kmr);

        var page = await reader.GetDocumentAsync("/en/search?q=tishreen+dam");

        var sections = page.QuerySelectorAll(".facet").First(f => f.QuerySelector("h2")!.TextContent == "Section");
        Assert.Equal(["Culture", "Economy"], sections.QuerySelectorAll("a").Select(a => a.TextContent).Order(StringComparer.Ordinal));
        var tags = page.QuerySelectorAll(".facet").First(f => f.QuerySelector("h2")!.TextContent == "Tag");
        Assert.Equal(["Tishreen Dam"], tags.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Contains("News", page.QuerySelectorAll(".facet").First(f => f.QuerySelector("h2")!.TextContent == "Type of story").TextContent);
        Assert.All(page.QuerySelectorAll(".search-facets a, .search-sort a"), a => Assert.StartsWith("/en/search?", a.GetAttribute("href")));

        var link = sections.QuerySelectorAll("a").Single(a => a.TextContent == "Culture").GetAttribute("href")!;
        var narrowed = await reader.GetDocumentAsync(link);
        Assert.Equal(["A film about the Tishreen dam"], Headlines(narrowed));
        Assert.StartsWith("/en/search?", narrowed.QuerySelector(".facet-clear")!.GetAttribute("href"));

        // Kurmanji's Tişrîn (tisrin) is one letter from the typo and English's Tishreen two, but an
        // English reader is offered the English spelling; a Kurmanji one, the Kurmanji.
        var english = await reader.GetDocumentAsync("/en/search?q=tishrin");
        Assert.Equal("Tishreen", english.Text(".did-you-mean a"));
        Assert.StartsWith("/en/search?q=Tishreen", english.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
        var kurmanji = await reader.GetDocumentAsync("/kmr/search?q=tishrin");
        Assert.Equal("Tişrîn", kurmanji.Text(".did-you-mean a"));
    }

    [Fact]
    public async Task The_api_searches_the_edition_it_is_asked_for_and_the_primary_by_default()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        var ar = await CreateAsync(api, EditionsTests.Story("مكتبة جديدة في عامودا", "ثقافة", "ar"));
        var en = await CreateAsync(api, EditionsTests.Story("A new library in Amuda", "Culture", "en", ar));
        var reader = factory.CreateClient();
        await FoundAsync(reader, "en", "Amuda", en);
        await FoundAsync(reader, "ar", "عامودا", ar);

        var english = await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=library&edition=en");
        Assert.Equal("en", english.GetProperty("edition").GetString());
        Assert.Equal([en], english.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal("Culture", english.GetProperty("results")[0].GetProperty("section").GetString());

        var primary = await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("مكتبة"));
        Assert.Equal("ar", primary.GetProperty("edition").GetString());
        Assert.Equal([ar], primary.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(0, (await reader.GetFromJsonAsync<JsonElement>("/api/v1/search?q=library")).GetProperty("total").GetInt32());

        using var unknown = await reader.GetAsync("/api/v1/search?q=library&edition=fr");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("unknown_edition", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_index_built_by_the_rules_before_editions_is_rebuilt_at_start()
    {
        using var store = new TestStore();
        (string, string)[] settings = [.. store.Settings.Select(s => (s.Key, s.Value)), ("Sahifa:Editions:0:Code", "ar"), ("Sahifa:Editions:1:Code", "en")];
        int id;
        using (var first = new ConfiguredSahifaFactory(settings))
        {
            id = await first.PublishAsync(SearchFixture.Story("Water returns to Hasakah", "The station is working again.", section: "Society") with { Edition = "en" });
            await FoundAsync(first.CreateClient(), "en", "hasakah", id);
        }

        // What an index of the rules before would have: the story is not where an English search
        // looks, and the commit says schema 2. Nothing in the change feed is left to apply.
        using (var directory = FSDirectory.Open(Path.Combine(store.DataDirectory, "search")))
        using (var writer = new IndexWriter(directory, SearchIndex.WriterConfig(OpenMode.APPEND)))
        {
            var data = writer.CommitData.ToDictionary(d => d.Key, d => d.Value);
            data[data.Keys.Single(k => k.Contains("schema", StringComparison.Ordinal))] = "2";
            writer.DeleteDocuments(SearchDocument.IdTerm(id));
            writer.SetCommitData(data);
            writer.Commit();
        }

        using var second = new ConfiguredSahifaFactory(settings);
        await FoundAsync(second.CreateClient(), "en", "hasakah", id);
    }
}
