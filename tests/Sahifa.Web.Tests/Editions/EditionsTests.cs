using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;

namespace Sahifa.Web.Tests.Editions;

/// A site with four editions (Arabic at `/`, English, Sorani and Kurmanji under their codes),
/// and one story told in all four, through HTTP as a newsroom and its readers would.
public class EditionsTests
{
    public static ConfiguredSahifaFactory FourEditions() => new(
        ("Sahifa:Editions:0:Code", "ar"),
        ("Sahifa:Editions:1:Code", "en"),
        ("Sahifa:Editions:2:Code", "ckb"),
        ("Sahifa:Editions:3:Code", "kmr"));

    /// <param name="tag">A tag's name, or an object with `name`, `kind` and `translationOf`.</param>
    public static object Story(string title, string section, string edition, int? translationOf = null, object? tag = null) => new
    {
        title,
        standfirst = title + ".",
        body = "First paragraph.\n\nSecond paragraph.",
        section,
        status = "published",
        publishedAt = SahifaFactory.Now.AddHours(-1),
        tags = tag is null ? Array.Empty<object>() : [tag],
        byline = new { authors = new[] { edition == "ar" ? "ليلى داود" : "Leyla Dawid" } },
        edition,
        translationOf,
    };

    // The story of a bridge reopening in Qamishli, as each desk would headline it.
    private static async Task<(int Ar, int En, int Ckb, int Kmr)> PublishBridgeStoryAsync(HttpClient api)
    {
        var ar = await CreateAsync(api, Story("افتتاح جسر القامشلي بعد ترميمه", "اقتصاد", "ar", tag: "القامشلي"));
        var en = await CreateAsync(api, Story("Qamishli bridge reopens after repairs", "Economy", "en", ar, "Qamishli"));
        var ckb = await CreateAsync(api, Story("پردی قامیشلۆ دوای نۆژەنکردنەوە کرایەوە", "ئابووری", "ckb", ar));
        var kmr = await CreateAsync(api, Story("Pira Qamişloyê piştî tamîrê hat vekirin", "Aborî", "kmr", en));
        return (ar, en, ckb, kmr);
    }

    private static async Task<int> CreateAsync(HttpClient api, object story)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/articles", story);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<string> UrlAsync(HttpClient client, int id) =>
        new Uri((await client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{id}")).GetProperty("url").GetString()!).AbsolutePath;

    [Fact]
    public async Task A_story_in_four_editions_links_all_four_ways_with_hreflang()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        var (ar, en, ckb, kmr) = await PublishBridgeStoryAsync(api);
        var reader = factory.CreateClient();
        var urls = new Dictionary<string, string>
        {
            ["ar"] = await UrlAsync(reader, ar),
            ["en"] = await UrlAsync(reader, en),
            ["ckb"] = await UrlAsync(reader, ckb),
            ["kmr"] = await UrlAsync(reader, kmr),
        };

        foreach (var (code, url) in urls)
        {
            var page = await reader.GetDocumentAsync(url);
            var links = page.QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
            Assert.Equal(urls["ar"], links["x-default"]);
            foreach (var (other, otherUrl) in urls)
            {
                Assert.Equal(otherUrl, links[other]);
            }

            Assert.Equal(5, links.Count);
            // The switcher names the three other languages, each in its own language and direction.
            Assert.Equal(3, page.QuerySelectorAll("nav.translations a[hreflang]").Length);
            Assert.DoesNotContain(page.QuerySelectorAll("nav.translations a"), a => a.GetAttribute("hreflang") == code);
        }

        // The Kurmanji one was filed as a translation of the English: it joins the Arabic
        // original's group, not a group of its own.
        var kmrJson = await api.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{kmr}");
        Assert.Equal("kmr", kmrJson.GetProperty("edition").GetString());
        Assert.Equal(ar, kmrJson.GetProperty("translationOf").GetInt32());
        var original = await api.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{ar}");
        Assert.Equal(["en", "ckb", "kmr"], original.GetProperty("translations").EnumerateArray().Select(t => t.GetProperty("edition").GetString()));
    }

    [Fact]
    public async Task Each_page_speaks_its_edition_language_direction_and_dateline()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        var (ar, en, ckb, kmr) = await PublishBridgeStoryAsync(api);
        var reader = factory.CreateClient();

        var arabic = await reader.GetDocumentAsync(await UrlAsync(reader, ar));
        Assert.Equal(("ar", "rtl"), Lang(arabic));
        Assert.Equal("الرئيسية", arabic.Text(".breadcrumbs li:first-child a"));
        Assert.StartsWith("الأحد 1 مارس/آذار 2026", arabic.Text(".dateline time"));
        Assert.Equal("ar_AR", Meta(arabic, "og:locale"));

        var english = await reader.GetDocumentAsync(await UrlAsync(reader, en));
        Assert.Equal(("en", "ltr"), Lang(english));
        Assert.Equal("Home", english.Text(".breadcrumbs li:first-child a"));
        Assert.Equal("/en/", english.QuerySelector(".breadcrumbs li:first-child a")!.GetAttribute("href"));
        Assert.StartsWith("Sunday 1 March 2026", english.Text(".dateline time"));
        Assert.StartsWith("By ", english.Text(".byline"));
        Assert.Equal("en_GB", Meta(english, "og:locale"));
        Assert.Equal(["ar_AR", "cb_IQ", "ku_TR"], english.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")).Order());
        Assert.Equal("/en/sections/economy", english.QuerySelector(".article-header .kicker a")!.GetAttribute("href"));
        Assert.Matches("^/articles/[0-9]+/qamishli-bridge-reopens-after-repairs$", await UrlAsync(reader, en));

        var sorani = await reader.GetDocumentAsync(await UrlAsync(reader, ckb));
        Assert.Equal(("ckb", "rtl"), Lang(sorani));
        Assert.Contains("ئازار", sorani.Text(".dateline time"));
        Assert.Contains("٢٠٢٦", sorani.Text(".dateline time"));
        // Sorani slugs keep their own letters (ۆ, ە); Arabic-only slug rules would not.
        Assert.Contains(Uri.EscapeDataString("قامیشلۆ"), await UrlAsync(reader, ckb));

        var kurmanji = await reader.GetDocumentAsync(await UrlAsync(reader, kmr));
        Assert.Equal(("kmr", "ltr"), Lang(kurmanji));
        Assert.StartsWith("Yekşem 1 Adar 2026", kurmanji.Text(".dateline time"));
        Assert.Matches("^/articles/[0-9]+/pira-qamisloye-pisti-tamire-hat-vekirin$", await UrlAsync(reader, kmr));
    }

    [Fact]
    public async Task Edition_front_pages_and_archives_stay_within_their_edition()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        await PublishBridgeStoryAsync(api);
        var reader = factory.CreateClient();

        var arabicFront = await reader.GetDocumentAsync("/");
        Assert.Equal(["افتتاح جسر القامشلي بعد ترميمه"], arabicFront.Texts(".lead-headline"));
        Assert.Equal(["اقتصاد"], arabicFront.Texts(".section-nav li:not(:first-child) a"));

        var englishFront = await reader.GetDocumentAsync("/en/");
        Assert.Equal(("en", "ltr"), Lang(englishFront));
        Assert.Equal(["Qamishli bridge reopens after repairs"], englishFront.Texts(".lead-headline"));
        Assert.Equal(["Economy"], englishFront.Texts(".section-nav li:not(:first-child) a"));
        Assert.Equal("/en/search", englishFront.QuerySelector("form.site-search")!.GetAttribute("action"));
        Assert.Contains(englishFront.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("hreflang") == "ar");

        var soraniFront = await reader.GetDocumentAsync("/ckb/");
        Assert.Equal(["پردی قامیشلۆ دوای نۆژەنکردنەوە کرایەوە"], soraniFront.Texts(".lead-headline"));

        // A section belongs to its edition: English's Economy is not Arabic's.
        var section = await reader.GetDocumentAsync("/en/sections/economy");
        Assert.Equal("Economy", section.Text("h1"));
        Assert.Equal(["Qamishli bridge reopens after repairs"], section.Texts(".card-headline"));
        await reader.GetDocumentAsync("/sections/economy", 404);
        await reader.GetDocumentAsync("/en/sections/" + Uri.EscapeDataString("اقتصاد"), 404);
        var tag = await reader.GetDocumentAsync("/en/tags/qamishli");
        Assert.Equal(["Qamishli bridge reopens after repairs"], tag.Texts(".card-headline"));

        // /en alone is the English front page's address without its slash; an article has one
        // address whatever the edition.
        using var bare = await reader.GetAsync("/en");
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/en/", bare.Headers.Location!.OriginalString);
        using var prefixed = await reader.GetAsync("/en/articles/1/x");
        Assert.Equal(HttpStatusCode.MovedPermanently, prefixed.StatusCode);
        Assert.Equal("/articles/1/x", prefixed.Headers.Location!.OriginalString);
        using var arabicSlug = await reader.GetAsync("/en/articles/1/" + Uri.EscapeDataString("جسر"));
        Assert.Equal(HttpStatusCode.MovedPermanently, arabicSlug.StatusCode);
        Assert.Equal("/articles/1/" + Uri.EscapeDataString("جسر"), arabicSlug.Headers.Location!.OriginalString);
        await reader.GetDocumentAsync("/en/newsroom", 404);
    }

    [Fact]
    public async Task Each_edition_lists_the_corrections_to_its_own_articles_in_its_language()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        var (ar, en, _, _) = await PublishBridgeStoryAsync(api);
        var editor = await factory.NewsroomClientAsync();
        foreach (var (id, text) in new[] { (ar, "صُحّح اسم الحي."), (en, "The district's name was corrected.") })
        {
            using var added = await editor.SubmitAsync($"/newsroom/corrections/new?article={id}", new Dictionary<string, string>
            {
                ["Kind"] = "correction",
                ["Text"] = text,
                ["Revision"] = "1",
            }, "form.correction-new-form");
            Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        }

        var reader = factory.CreateClient();
        var english = await reader.GetDocumentAsync("/en/corrections");
        Assert.Equal("Corrections", english.Text("h1"));
        Assert.Equal(["The district's name was corrected."], english.Texts(".corrections-list .correction-text"));
        var arabic = await reader.GetDocumentAsync("/corrections");
        Assert.Equal(["صُحّح اسم الحي."], arabic.Texts(".corrections-list .correction-text"));

        // On the English article the box and its kind are English too.
        var article = await reader.GetDocumentAsync(await UrlAsync(reader, en));
        Assert.Equal("Correction", article.Text(".corrections-serious .correction-kind"));
    }

    [Fact]
    public async Task A_reader_who_leaves_a_field_empty_is_told_in_the_article_language()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        var (_, en, _, _) = await PublishBridgeStoryAsync(api);
        var reader = factory.CreateClient();

        using var refused = await reader.SubmitAsync(await UrlAsync(reader, en), new Dictionary<string, string>
        {
            ["name"] = "Sara",
            ["email"] = "sara@example.org",
            ["body"] = "",
        }, "form.comment-form");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal(("en", "ltr"), Lang(page));
        Assert.Equal("Please write your comment.", page.Text(".field-error"));
        Assert.Equal("Post comment", page.Text("form.comment-form button[type=submit]"));
    }

    [Fact]
    public async Task A_tag_that_names_its_original_links_the_two_tag_pages()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        var ar = await CreateAsync(api, Story("افتتاح جسر القامشلي", "اقتصاد", "ar", tag: "القامشلي"));
        await CreateAsync(api, Story("Qamishli bridge reopens", "Economy", "en", ar, new { name = "Qamishli", kind = "place", translationOf = "القامشلي" }));
        var reader = factory.CreateClient();

        var englishTag = await reader.GetDocumentAsync("/en/tags/qamishli");
        var arabicTagPath = "/tags/" + Uri.EscapeDataString("القامشلي");
        Assert.Equal(arabicTagPath, new Uri(englishTag.QuerySelector("link[rel=alternate][hreflang=ar]")!.GetAttribute("href")!).AbsolutePath);
        Assert.Equal(arabicTagPath, englishTag.QuerySelector("nav.editions a[hreflang=ar]")!.GetAttribute("href"));
        var arabicTag = await reader.GetDocumentAsync(arabicTagPath);
        Assert.Equal("/en/tags/qamishli", new Uri(arabicTag.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href")!).AbsolutePath);
    }

    [Theory]
    [InlineData("ar", "translation_same_edition")]
    [InlineData("en", "translation_edition_taken")]
    [InlineData("fr", "unknown_edition")]
    public async Task A_translation_the_group_cannot_take_is_refused_with_its_code(string edition, string code)
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        var ar = await CreateAsync(api, Story("خبر عن الجسر", "اقتصاد", "ar"));
        await CreateAsync(api, Story("A story about the bridge", "Economy", "en", ar));

        using var response = await api.PostAsJsonAsync("/api/v1/articles", Story("Another one", "Economy", edition, ar));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_translation_of_an_article_that_does_not_exist_is_refused()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();

        using var response = await api.PostAsJsonAsync("/api/v1/articles", Story("Orphan", "Economy", "en", 999));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("translation_not_found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Cached_front_pages_of_two_editions_are_kept_apart()
    {
        using var factory = FourEditions();
        var api = await factory.ApiClientAsync();
        await PublishBridgeStoryAsync(api);
        var reader = factory.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(("ar", "rtl"), Lang(await reader.GetDocumentAsync("/")));
            Assert.Equal(("en", "ltr"), Lang(await reader.GetDocumentAsync("/en/")));
            Assert.Equal(("kmr", "ltr"), Lang(await reader.GetDocumentAsync("/kmr/")));
        }
    }

    [Fact]
    public async Task A_site_with_one_edition_has_no_edition_paths_and_no_switcher()
    {
        using var factory = new SahifaFactory();
        await factory.PublishAsync(SahifaFactory.Story("خبر"));
        var reader = factory.CreateClient();

        var front = await reader.GetDocumentAsync("/");
        Assert.Equal(("ar", "rtl"), Lang(front));
        Assert.Null(front.QuerySelector("nav.editions"));
        Assert.Empty(front.QuerySelectorAll("link[hreflang]"));
        await reader.GetDocumentAsync("/en/", 404);
    }

    private static (string?, string?) Lang(IDocument page) =>
        (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir"));

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
