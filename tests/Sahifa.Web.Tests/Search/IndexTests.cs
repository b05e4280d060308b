using System.Net;
using AngleSharp.Dom;

namespace Sahifa.Web.Tests.Search;

/// `GET /search`: what a reader sees.
public class IndexTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private static string Search(string q, string extra = "") => "/search?q=" + Uri.EscapeDataString(q) + extra;

    private static IReadOnlyList<string> Headlines(IDocument page) => page.Texts(".search-hit h3");

    [Fact]
    public async Task Reader_typing_without_hamza_or_clitics_finds_the_story_and_sees_the_words_as_written()
    {
        var id = await factory.PublishAsync(SearchFixture.Story(
            "الأسد يستقبل وفدًا من الرقّة",
            "وصل الوفد إلى دمشق قادمًا بالرقّة بعد أسبوع، والتقى بشار الأسد في القصر."));
        var client = factory.CreateClient();
        await client.IndexedAsync("الرقه", id);

        var page = await client.GetDocumentAsync(Search("الاسد الرقه"));

        Assert.Equal(["الأسد يستقبل وفدًا من الرقّة"], Headlines(page));
        var marks = page.Texts(".search-hit .search-snippet mark");
        Assert.Contains("بالرقّة", marks);
        Assert.Contains("الأسد", marks);
        Assert.Equal("سياسة", page.Text(".search-hit .kicker a"));
        Assert.Equal("1 مارس/آذار 2026", page.Text(".search-hit time"));
        Assert.StartsWith($"/articles/{id}/", page.QuerySelector(".search-hit h3 a")!.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("الاسد الرقه", page.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("٢٠٢٤", "digits")]
    [InlineData("كرکوک", "persian")]
    [InlineData("الحســـكة", "tatweel")]
    [InlineData("مُستشفى", "diacritics")]
    public async Task Digits_persian_letters_tatweel_and_diacritics_in_the_query_still_match(string query, string label)
    {
        var id = await factory.PublishAsync(SearchFixture.Story(
            $"تقرير اختبار {label}: مستشفى الحسكة وكركوك في 2024",
            "افتتح مستشفى جديد في الحسكة عام 2024، وآخر في كركوك."));
        var client = factory.CreateClient();

        // Waits for this story: the others of the theory match the same words and answer first.
        await client.IndexedAsync(query + " " + label, id);
    }

    [Fact]
    public async Task Exact_spelling_ranks_above_a_stem_match_and_a_newer_story_above_an_older_one()
    {
        var stem = await factory.PublishAsync(SearchFixture.Story("المعلمون يعتصمون أمام مديرية التربية", "اعتصم معلمون أمس.", hoursAgo: 2));
        var exact = await factory.PublishAsync(SearchFixture.Story("معلم يعتصم أمام مديرية التربية", "اعتصم معلم وحده.", hoursAgo: 2));
        var client = factory.CreateClient();
        Assert.Equal([exact, stem], await client.FoundAsync("معلم يعتصم", expected: 2));

        var old = await factory.PublishAsync(SearchFixture.Story("انقطاع الكهرباء عن حي الطبالة", "انقطعت الكهرباء.", hoursAgo: 24 * 300));
        var recent = await factory.PublishAsync(SearchFixture.Story("انقطاع الكهرباء عن حي الطبالة", "انقطعت الكهرباء.", hoursAgo: 3));
        Assert.Equal([recent, old], await client.FoundAsync("الطبالة", expected: 2));
    }

    [Fact]
    public async Task Quoted_phrase_matches_only_the_words_together()
    {
        var together = await factory.PublishAsync(SearchFixture.Story("سد تشرين يعود إلى العمل", "عادت عنفات سد تشرين إلى العمل."));
        var apart = await factory.PublishAsync(SearchFixture.Story("مياه تشرين الأول أقل", "هذا سد صغير، وفي تشرين قلّ الماء."));
        var client = factory.CreateClient();
        Assert.Equal(2, (await client.FoundAsync("سد تشرين", expected: 2)).Count);

        var page = await client.GetDocumentAsync(Search("«سد تشرين»"));

        Assert.Equal(["سد تشرين يعود إلى العمل"], Headlines(page));
        Assert.DoesNotContain(apart, await client.FoundAsync("\"سد تشرين\"", wait: TimeSpan.Zero));
        Assert.Contains(together, await client.FoundAsync("\"سد تشرين\"", wait: TimeSpan.Zero));
    }

    [Fact]
    public async Task Facets_count_the_results_and_their_links_narrow_them()
    {
        await factory.PublishAsync(SearchFixture.Story("قمح الجزيرة في السوق", "موسم القمح.", section: "اقتصاد", tags: "القمح"));
        await factory.PublishAsync(SearchFixture.Story("قمح الجزيرة والأمطار", "تحليل لموسم القمح.", section: "اقتصاد", typeOfWork: "analysis", tags: "القمح"));
        var id = await factory.PublishAsync(SearchFixture.Story("قمح الجزيرة في المدارس", "حملة توعية عن القمح.", section: "مجتمع"));
        var client = factory.CreateClient();
        await client.FoundAsync("قمح الجزيرة", expected: 3);

        var page = await client.GetDocumentAsync(Search("قمح الجزيرة"));
        Assert.Equal("3 نتائج", page.Text(".search-count"));
        var sections = page.QuerySelectorAll(".facet").First(f => f.QuerySelector("h2")!.TextContent == "القسم");
        Assert.Equal(["اقتصاد (2)", "مجتمع (1)"], sections.QuerySelectorAll("li").Select(li => string.Join(" ", li.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        var types = page.QuerySelectorAll(".facet").First(f => f.QuerySelector("h2")!.TextContent == "نوع المادة");
        Assert.Contains("تحليل", types.TextContent);

        var link = sections.QuerySelectorAll("a").Single(a => a.TextContent == "مجتمع").GetAttribute("href")!;
        var narrowed = await client.GetDocumentAsync(link);

        Assert.Equal(["قمح الجزيرة في المدارس"], Headlines(narrowed));
        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), narrowed.QuerySelector(".search-hit h3 a")!.GetAttribute("href"));
        Assert.NotNull(narrowed.QuerySelector(".facet-clear"));
        var analysis = await client.GetDocumentAsync(Search("قمح الجزيرة", "&type=analysis"));
        Assert.Equal(["قمح الجزيرة والأمطار"], Headlines(analysis));
        var lastWeek = await client.GetDocumentAsync(Search("قمح الجزيرة", "&from=2026-02-22&to=2026-03-01"));
        Assert.Equal(3, Headlines(lastWeek).Count);
        var longAgo = await client.GetDocumentAsync(Search("قمح الجزيرة", "&to=2025-01-01"));
        Assert.Empty(Headlines(longAgo));
    }

    [Fact]
    public async Task Results_are_paged_and_can_be_sorted_by_date()
    {
        for (var i = 1; i <= 12; i++)
        {
            await factory.PublishAsync(SearchFixture.Story($"حصاد الزيتون في عفرين، اليوم {i}", "موسم الزيتون.", hoursAgo: i));
        }

        var client = factory.CreateClient();
        await client.TotalAsync("الزيتون عفرين", 12);

        var first = await client.GetDocumentAsync(Search("الزيتون عفرين", "&sort=date"));
        Assert.Equal(10, Headlines(first).Count);
        Assert.Equal("حصاد الزيتون في عفرين، اليوم 1", Headlines(first)[0]);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);
        Assert.Equal(["حصاد الزيتون في عفرين، اليوم 11", "حصاد الزيتون في عفرين، اليوم 12"], Headlines(second));
        Assert.Equal("11", second.QuerySelector("ol.search-hits")!.GetAttribute("start"));

        await client.GetDocumentAsync(Search("الزيتون عفرين", "&page=3"), expectedStatus: 404);
    }

    [Fact]
    public async Task A_misspelt_word_finds_the_story_through_a_near_word_and_suggests_the_spelling_the_index_knows()
    {
        var id = await factory.PublishAsync(SearchFixture.Story("افتتاح معبر سيمالكا أمام المسافرين", "أعيد فتح معبر سيمالكا."));
        var client = factory.CreateClient();
        await client.IndexedAsync("سيمالكا", id);

        var page = await client.GetDocumentAsync(Search("سيمالكو"));

        Assert.Equal(["افتتاح معبر سيمالكا أمام المسافرين"], Headlines(page));
        Assert.Equal("سيمالكا", page.Text(".did-you-mean a"));
        var suggested = await client.GetDocumentAsync(page.QuerySelector(".did-you-mean a")!.GetAttribute("href")!);
        Assert.Equal(["افتتاح معبر سيمالكا أمام المسافرين"], Headlines(suggested));
    }

    [Fact]
    public async Task The_suggestion_is_spelt_as_the_stories_write_the_word_not_as_the_index_folds_it()
    {
        var id = await factory.PublishAsync(SearchFixture.Story("افتتاح مكتبة عامة في الدرباسية", "افتتحت في الدرباسية مكتبة عامة."));
        var client = factory.CreateClient();
        await client.IndexedAsync("الدرباسية", id);

        var page = await client.GetDocumentAsync(Search("الدرباسيا"));

        Assert.Equal(["افتتاح مكتبة عامة في الدرباسية"], Headlines(page));
        Assert.Equal("الدرباسية", page.Text(".did-you-mean a"));
    }

    [Fact]
    public async Task A_sentence_with_words_the_story_lacks_still_finds_it_first()
    {
        var id = await factory.PublishAsync(SearchFixture.Story("ارتفاع أسعار الخبز في الطبقة", "رفعت لجنة الأفران سعر ربطة الخبز في الطبقة إلى ألفي ليرة."));
        var other = await factory.PublishAsync(SearchFixture.Story("افتتاح سوق شعبي في الطبقة", "افتتح سوق جديد في الطبقة."));
        var client = factory.CreateClient();
        await client.IndexedAsync("الطبقة", other);

        await client.IndexedAsync("كم صار سعر الخبز اليوم في الطبقة بعد القرار", id);
        var found = await client.FoundAsync("كم صار سعر الخبز اليوم في الطبقة بعد القرار");

        Assert.Equal(id, found[0]);
        // A story that only names the town is listed after it, since so few have more.
        Assert.Contains(other, found);
    }

    [Fact]
    public async Task Every_page_carries_a_small_search_box_that_leads_here()
    {
        var front = await factory.CreateClient().GetDocumentAsync("/");

        var form = front.QuerySelector("header form.site-search[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("auto", form.QuerySelector("input[name=q]")!.GetAttribute("dir"));
        Assert.NotNull(front.QuerySelector("label[for=site-search-q]"));
    }

    [Theory]
    [InlineData("", 200)]
    [InlineData("   ", 200)]
    [InlineData("\"الرقة", 200)]
    [InlineData("الرقة\"", 200)]
    [InlineData("«الرقة", 200)]
    [InlineData("* ? ~ : [ ] { } ^ \\ /", 200)]
    [InlineData("*قة", 200)]
    [InlineData("الرقة~2", 200)]
    [InlineData("title:الرقة", 200)]
    [InlineData("الرقة AND OR NOT دمشق", 200)]
    [InlineData("(الرقة OR", 200)]
    [InlineData("[1 TO 5]", 200)]
    [InlineData("في من إلى أن", 200)]
    [InlineData("SDF في الرقة Reuters", 200)]
    [InlineData("\u202Eالرقة\u200F", 200)]
    [InlineData("🔴🔴", 200)]
    public async Task Bad_input_in_the_query_is_read_as_words_and_never_fails(string q, int status)
    {
        using var response = await factory.CreateClient().GetAsync(Search(q));

        Assert.Equal(status, (int)response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(q.Trim(), (page.QuerySelector("#search-q")!.GetAttribute("value") ?? "").Trim());
    }

    [Fact]
    public async Task Only_stop_words_explain_why_there_is_nothing_to_search()
    {
        var page = await factory.CreateClient().GetDocumentAsync(Search("في من إلى"));

        Assert.Contains("شائعة جدًا", page.Text(".search-empty"));
    }

    [Fact]
    public async Task Ten_thousand_characters_answer_422_with_the_form_and_an_arabic_message()
    {
        var q = string.Concat(Enumerable.Repeat("الرقة ", 2000));

        var page = await factory.CreateClient().GetDocumentAsync(Search(q), expectedStatus: 422);

        Assert.Contains("أطول من 500 حرف", page.Text("#search-problem"));
        Assert.Equal(q, page.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#search-q")!.GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("0", 422)]
    [InlineData("-1", 422)]
    [InlineData("abc", 422)]
    [InlineData("1.5", 422)]
    [InlineData("99999999999", 422)]
    [InlineData("101", 422)]
    public async Task Invalid_page_numbers_answer_4xx_in_arabic(string pageNumber, int status)
    {
        var page = await factory.CreateClient().GetDocumentAsync(Search("الرقة", "&page=" + Uri.EscapeDataString(pageNumber)), expectedStatus: status);

        Assert.Contains("صفحة", page.Text("#search-problem"));
    }

    [Fact]
    public async Task Invalid_dates_answer_422_with_the_form()
    {
        var page = await factory.CreateClient().GetDocumentAsync(Search("الرقة", "&from=أمس"), expectedStatus: 422);

        Assert.Contains("التاريخ غير صالح", page.Text("#search-problem"));
    }

    [Fact]
    public async Task Search_page_answers_even_when_the_same_filter_is_given_twice()
    {
        using var response = await factory.CreateClient().GetAsync("/search?q=x&section=a&section=b&page=1&page=2");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
