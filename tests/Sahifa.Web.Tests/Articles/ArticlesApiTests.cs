using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Tests.Articles;

public class ArticlesApiTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private static object NewArticle(string title, string status = "published") => new
    {
        title,
        standfirst = "مقدمة المادة في جملة واحدة.",
        body = "فقرة أولى فيها رابط [خارجي](https://example.org/report).\n\n## عنوان فرعي\n\nفقرة ثانية.",
        section = "مجتمع",
        typeOfWork = "fact-check",
        byline = new { authors = new[] { "روجين عثمان" } },
        sources = new[] { "مرصد الجزيرة للمياه", "Jazira Data Lab" },
        tags = new object[] { new { name = "الرقة", kind = "place" }, "المياه" },
        status,
        publishedAt = SahifaFactory.Now.AddHours(-2),
    };

    [Fact]
    public async Task Created_article_answers_201_with_location_and_every_contract_field_then_its_page_serves_it()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("تراجع منسوب الفرات قرب الرقة"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/articles/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("تراجع منسوب الفرات قرب الرقة", json.GetProperty("title").GetString());
        Assert.Equal("مقدمة المادة في جملة واحدة.", json.GetProperty("standfirst").GetString());
        Assert.StartsWith("فقرة أولى", json.GetProperty("body").GetString());
        Assert.Equal("مجتمع", json.GetProperty("section").GetString());
        Assert.Equal("fact-check", json.GetProperty("typeOfWork").GetString());
        Assert.Equal(["روجين عثمان"], json.GetProperty("byline").GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["مرصد الجزيرة للمياه", "Jazira Data Lab"], json.GetProperty("sources").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["الرقة", "المياه"], json.GetProperty("tags").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("published", json.GetProperty("status").GetString());
        Assert.Equal(SahifaFactory.Now.AddHours(-2), json.GetProperty("publishedAt").GetDateTimeOffset());

        var url = new Uri(json.GetProperty("url").GetString()!);
        Assert.Equal($"/articles/{id}/{Uri.EscapeDataString("تراجع-منسوب-الفرات-قرب-الرقة")}", url.AbsolutePath);

        var page = await factory.CreateClient().GetDocumentAsync(url.PathAndQuery);
        Assert.Equal("تراجع منسوب الفرات قرب الرقة", page.Text("h1"));
        Assert.Equal("تدقيق معلومات", page.Text(".article-header .type-of-work"));
        Assert.Equal("nofollow noopener", page.QuerySelector(".article-body a[href='https://example.org/report']")!.GetAttribute("rel"));
        Assert.NotNull(page.QuerySelector("a[href='/sources/jazira-data-lab']"));
        Assert.NotNull(page.QuerySelector(".tags li.tag-place a"));
    }

    [Fact]
    public async Task Behind_a_proxy_every_url_is_the_configured_base_url_the_page_declares_canonical()
    {
        // The request arrives as http://localhost, the way a proxy forwards it.
        using var site = new ConfiguredSahifaFactory(("Sahifa:Site:BaseUrl", "https://news.example"));
        var client = await site.ApiClientAsync();
        var reader = site.CreateClient();

        using var created = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("جسر جديد على الخابور"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdJson = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = createdJson.GetProperty("id").GetInt32();
        Assert.False(created.Headers.Location!.IsAbsoluteUri, "a Location header made absolute must use the base URL too");
        using var replaced = await client.PutAsJsonAsync($"/api/v1/articles/{id}", NewArticle("جسر جديد على نهر الخابور"));
        var replacedJson = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        var one = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{id}");
        var list = await reader.GetFromJsonAsync<JsonElement>("/api/v1/articles");

        var canonical = await CanonicalAsync(reader, createdJson.GetProperty("url").GetString()!);
        Assert.StartsWith("https://news.example/articles/", canonical);
        Assert.Equal(canonical, createdJson.GetProperty("url").GetString());
        Assert.Equal(canonical, replacedJson.GetProperty("url").GetString());
        Assert.Equal(canonical, one.GetProperty("url").GetString());
        Assert.Equal(canonical, list.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == id).GetProperty("url").GetString());
    }

    /// The `<link rel="canonical">` of the page an API url points to.
    private static async Task<string> CanonicalAsync(HttpClient reader, string url)
    {
        var page = await reader.GetDocumentAsync(new Uri(url).PathAndQuery);
        return page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
    }

    [Fact]
    public async Task Json_keeps_arabic_readable_rather_than_escaped()
    {
        var client = await factory.ApiClientAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("القامشلي تستضيف مهرجانًا"));

        var raw = await response.Content.ReadAsStringAsync();

        Assert.Contains("القامشلي تستضيف مهرجانًا", raw);
        Assert.DoesNotContain("\\u0627", raw);
    }

    [Fact]
    public async Task Invalid_article_gets_a_problem_with_a_message_per_field()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "   ",
            section = "",
            status = "live",
            typeOfWork = "gossip",
            tags = new[] { new { name = "الرقة", kind = "city" } },
            byline = new { desk = "قسم الأخبار", authors = new[] { "ليلى داود" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("العنوان مطلوب.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("القسم مطلوب.", errors.GetProperty("section")[0].GetString());
        foreach (var field in new[] { "status", "typeOfWork", "tags", "byline" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task Publishing_requires_a_standfirst_and_a_body_but_a_draft_does_not()
    {
        var client = await factory.ApiClientAsync();
        var bare = new { title = "عنوان فقط", section = "سياسة", status = "published" };

        using var refused = await client.PostAsJsonAsync("/api/v1/articles", bare);
        using var drafted = await client.PostAsJsonAsync("/api/v1/articles", bare with { status = "draft" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("standfirst", out _));
        Assert.True(errors.TryGetProperty("body", out _));
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_a_server_error()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PostAsync("/api/v1/articles", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));
        using var wrongType = await client.PostAsync("/api/v1/articles", new StringContent("{\"title\": 5}", Encoding.UTF8, "application/json"));
        using var notJson = await client.PostAsync("/api/v1/articles", new StringContent("title=x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("bad_request", problem.GetProperty("code").GetString());
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.Equal("طلب غير صالح", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Bad_token_is_refused_with_401_and_nothing_is_saved()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "sahifa_not-a-real-token");

        using var response = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("مادة من مجهول"));
        using var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/v1/articles", NewArticle("مادة من مجهول"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=100");
        Assert.DoesNotContain(list.GetProperty("articles").EnumerateArray(), a => a.GetProperty("title").GetString() == "مادة من مجهول");
    }

    [Fact]
    public async Task Writer_may_draft_but_not_publish()
    {
        var writer = await factory.ApiClientAsync(StaffRoles.Writer);

        using var publish = await writer.PostAsJsonAsync("/api/v1/articles", NewArticle("مادة كاتب"));
        using var draft = await writer.PostAsJsonAsync("/api/v1/articles", NewArticle("مسودة كاتب", status: "draft"));

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal("cannot_publish", (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
    }

    [Fact]
    public async Task Put_replaces_the_article_and_the_page_follows()
    {
        var client = await factory.ApiClientAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("عنوان أول للمادة"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var replaced = await client.PutAsJsonAsync($"/api/v1/articles/{id}", new
        {
            title = "عنوان معدّل للمادة",
            standfirst = "مقدمة جديدة.",
            body = "نص جديد.",
            section = "ثقافة",
            byline = "قسم الثقافة",
            sources = Array.Empty<string>(),
            tags = Array.Empty<string>(),
            status = "published",
        });

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var json = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("قسم الثقافة", json.GetProperty("byline").GetProperty("desk").GetString());
        Assert.Empty(json.GetProperty("byline").GetProperty("authors").EnumerateArray());

        // A published article keeps its slug, so links already shared stay exact.
        var page = await factory.CreateClient().GetDocumentAsync(new Uri(json.GetProperty("url").GetString()!).PathAndQuery);
        Assert.Equal("عنوان معدّل للمادة", page.Text("h1"));
        Assert.Equal("قسم الثقافة", page.Text(".byline"));
        Assert.Equal("ثقافة", page.Text(".breadcrumbs li:last-child"));
        Assert.Null(page.QuerySelector(".sources"));
    }

    [Fact]
    public async Task Put_that_reorders_the_same_sources_tags_and_authors_keeps_the_new_order()
    {
        var client = await factory.ApiClientAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("مادة تبقى مصادرها"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var replaced = await client.PutAsJsonAsync($"/api/v1/articles/{id}", new
        {
            title = "مادة تبقى مصادرها",
            standfirst = "مقدمة.",
            body = "نص.",
            section = "مجتمع",
            byline = new { authors = new[] { "سلمان الفرج", "روجين عثمان" } },
            sources = new[] { "Jazira Data Lab", "مرصد الجزيرة للمياه" },
            tags = new object[] { "المياه", new { name = "الرقة", kind = "place" } },
            status = "published",
        });

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var json = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["سلمان الفرج", "روجين عثمان"], json.GetProperty("byline").GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Jazira Data Lab", "مرصد الجزيرة للمياه"], json.GetProperty("sources").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["المياه", "الرقة"], json.GetProperty("tags").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Simultaneous_posts_with_the_same_headline_and_a_new_tag_lose_and_duplicate_nothing()
    {
        var client = await factory.ApiClientAsync();
        var tag = $"وسم جديد {Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "خبر عاجل يصل من ستة مراسلين",
            standfirst = "مقدمة.",
            body = "نص.",
            section = $"قسم {tag}",
            tags = new[] { tag },
            status = "published",
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var articles = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(6, articles.Select(a => a.GetProperty("slug").GetString()).Distinct().Count());
        var archive = await factory.CreateClient().GetDocumentAsync($"/tags/{Uri.EscapeDataString(tag.Replace(' ', '-'))}");
        Assert.Equal(6, archive.QuerySelectorAll(".card").Length);
    }

    [Fact]
    public async Task Put_to_unknown_id_is_404_problem()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PutAsJsonAsync("/api/v1/articles/999999", NewArticle("لا وجود لها"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unknown_id_is_404_problem()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/articles/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Drafts_are_hidden_from_the_public_but_visible_to_staff()
    {
        var client = await factory.ApiClientAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/articles", NewArticle("مسودة للمحررين", status: "draft"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/articles/{id}")).StatusCode);
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=100");
        Assert.DoesNotContain(list.GetProperty("articles").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task List_pages_through_published_articles_newest_first()
    {
        using var isolated = new SahifaFactory();
        for (var i = 1; i <= 5; i++)
        {
            await isolated.PublishAsync(SahifaFactory.Story($"الخبر رقم {i}", hoursAgo: 10 - i));
        }

        var client = isolated.CreateClient();
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/articles?page=1&pageSize=2");
        var third = await client.GetFromJsonAsync<JsonElement>("/api/v1/articles?page=3&pageSize=2");

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(["الخبر رقم 5", "الخبر رقم 4"], first.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(["الخبر رقم 1"], third.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/articles?pageSize=1000")).StatusCode);
    }

    [Fact]
    public async Task Names_that_differ_only_by_tatweel_or_diacritics_are_one_tag()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "وسم واحد بكتابتين",
            standfirst = "مقدمة.",
            body = "نص.",
            section = "مجتمع",
            tags = new[] { "الــرقة", "الرَّقة", "الرقة" },
            status = "published",
        });

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Single(json.GetProperty("tags").EnumerateArray());
    }
}
