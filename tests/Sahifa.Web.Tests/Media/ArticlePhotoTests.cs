using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Tests.Media;

/// A photograph in an article: the lead image, inline images in the body, the cards, and the
/// tags that carry it to social networks and search engines.
public class ArticlePhotoTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private static int _seed = 100;

    private async Task<(HttpClient Client, JsonElement Photo)> UploadAsync(string? alt = "امرأة تبيع الخبز في سوق القامشلي")
    {
        var client = await factory.ApiClientAsync(StaffRoles.Editor);
        using var response = await client.PostAsync("/api/v1/media", MediaApiTests.Form(TestPhotos.CameraJpeg(seed: Interlocked.Increment(ref _seed)), alt: alt));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (client, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static object Story(string title, object? image, string body = "فقرة أولى.", string status = "published") => new
    {
        title,
        standfirst = "مقدمة المادة.",
        body,
        section = "مجتمع",
        status,
        publishedAt = SahifaFactory.Now.AddMinutes(-30),
        image,
    };

    [Fact]
    public async Task A_lead_image_shows_as_a_responsive_figure_fetched_first_with_its_caption_and_credit()
    {
        var (client, photo) = await UploadAsync();
        var id = photo.GetProperty("id").GetInt32();

        using var created = await client.PostAsJsonAsync("/api/v1/articles",
            Story("الخبز يعود إلى أفران القامشلي", new { id, caption = "فرن في حي الهلالية صباح الأحد" }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        var image = json.GetProperty("image");
        Assert.Equal(id, image.GetProperty("id").GetInt32());
        Assert.Equal(photo.GetProperty("url").GetString(), image.GetProperty("url").GetString());
        Assert.Equal(1200, image.GetProperty("width").GetInt32());
        Assert.Equal(1600, image.GetProperty("height").GetInt32());
        Assert.Equal("فرن في حي الهلالية صباح الأحد", image.GetProperty("caption").GetString());
        Assert.Equal(TestPhotos.IptcCredit, image.GetProperty("credit").GetString());

        var page = await factory.CreateClient().GetDocumentAsync(new Uri(json.GetProperty("url").GetString()!).PathAndQuery);
        var figure = page.QuerySelector("article figure.lead-photo")!;
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal("امرأة تبيع الخبز في سوق القامشلي", img.GetAttribute("alt"));
        Assert.Equal("1200", img.GetAttribute("width"));
        Assert.Equal("1600", img.GetAttribute("height"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.True(img.GetAttribute("srcset")!.Split(',').Length >= 3, img.GetAttribute("srcset"));
        Assert.Equal("image/webp", figure.QuerySelector("picture source")!.GetAttribute("type"));
        Assert.Equal("فرن في حي الهلالية صباح الأحد", figure.QuerySelector("figcaption .caption")!.TextContent);
        Assert.Equal(TestPhotos.IptcCredit, figure.QuerySelector("figcaption .credit")!.TextContent);
        // Every URL in the srcsets is served.
        var reader = factory.CreateClient();
        foreach (var candidate in figure.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(',')))
        {
            using var served = await reader.GetAsync(candidate.Trim().Split(' ')[0]);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
    }

    [Fact]
    public async Task Social_cards_structured_data_and_twitter_name_a_large_absolute_image()
    {
        var (client, photo) = await UploadAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة في بطاقة المشاركة", new { id = photo.GetProperty("id").GetInt32() }));
        var url = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;

        var page = await factory.CreateClient().GetDocumentAsync(url);

        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        var ogImage = new Uri(Meta("meta[property='og:image']"));
        Assert.True(ogImage.IsAbsoluteUri);
        Assert.True(int.Parse(Meta("meta[property='og:image:width']"), System.Globalization.CultureInfo.InvariantCulture) >= 1200);
        Assert.False(string.IsNullOrEmpty(Meta("meta[property='og:image:height']")));
        Assert.Equal("امرأة تبيع الخبز في سوق القامشلي", Meta("meta[property='og:image:alt']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        using var served = await factory.CreateClient().GetAsync(ogImage.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        var ld = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "NewsArticle");
        var images = ld.GetProperty("image").EnumerateArray().ToList();
        Assert.NotEmpty(images);
        Assert.All(images, i => Assert.True(new Uri(i.GetProperty("url").GetString()!).IsAbsoluteUri));
    }

    [Fact]
    public async Task An_article_without_a_photograph_keeps_the_small_card()
    {
        var client = await factory.ApiClientAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/articles", Story("بلا صورة", null));
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();

        var page = await factory.CreateClient().GetDocumentAsync(new Uri(json.GetProperty("url").GetString()!).PathAndQuery);

        Assert.Equal(JsonValueKind.Null, json.GetProperty("image").ValueKind);
        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("figure.lead-photo"));
    }

    [Fact]
    public async Task Publishing_with_a_lead_image_that_has_no_alt_text_is_refused_in_arabic_but_a_draft_may_wait_for_it()
    {
        var (client, photo) = await UploadAsync(alt: null);
        var id = photo.GetProperty("id").GetInt32();

        using var published = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة بلا وصف", new { id }));
        using var draft = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة بلا وصف بعد", new { id }, status: "draft"));
        using var withOwnAlt = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة بوصف المادة", new { id, alt = "طفل يحمل ربطة خبز" }));

        Assert.Equal(HttpStatusCode.BadRequest, published.StatusCode);
        var problem = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.Contains("نصًا بديلًا", problem.GetProperty("errors").GetProperty("image")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withOwnAlt.StatusCode);
        Assert.Equal("طفل يحمل ربطة خبز", (await withOwnAlt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("image").GetProperty("alt").GetString());
    }

    [Fact]
    public async Task A_lead_image_not_in_the_library_is_refused_and_null_removes_one()
    {
        var (client, photo) = await UploadAsync();
        using var missing = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة غير موجودة", new { id = 987654 }));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        using var created = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة ثم لا صورة", new { id = photo.GetProperty("id").GetInt32() }));
        var articleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var replaced = await client.PutAsJsonAsync($"/api/v1/articles/{articleId}", Story("صورة ثم لا صورة", null));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("image").ValueKind);
    }

    [Fact]
    public async Task A_library_image_in_the_body_becomes_a_lazy_figure_with_the_writers_alt_and_caption()
    {
        var (client, photo) = await UploadAsync();
        var url = photo.GetProperty("url").GetString();
        var body = $"فقرة قبل الصورة.\n\n![طابور أمام الفرن]({url} \"الطابور قبل الفجر\")\n\nفقرة بعدها، وفيها صورة من موقع آخر: ![شعار](https://example.org/logo.png)";

        using var created = await client.PostAsJsonAsync("/api/v1/articles", Story("صورة داخل النص", null, body));
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        var page = await factory.CreateClient().GetDocumentAsync(new Uri(json.GetProperty("url").GetString()!).PathAndQuery);

        var figure = page.QuerySelector(".article-body figure.photo")!;
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal("طابور أمام الفرن", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.NotNull(img.GetAttribute("width"));
        Assert.True(img.GetAttribute("srcset")!.Split(',').Length >= 3);
        Assert.Equal("الطابور قبل الفجر", figure.QuerySelector("figcaption .caption")!.TextContent);
        // Not the library's: an ordinary image, left as the writer put it.
        Assert.NotNull(page.QuerySelector(".article-body img[src='https://example.org/logo.png']:not([srcset])"));
        Assert.Single(page.QuerySelectorAll(".article-body picture"));
    }

    [Fact]
    public async Task Cards_show_a_thumbnail_lazy_except_the_lead_story()
    {
        var (client, photo) = await UploadAsync();
        var id = photo.GetProperty("id").GetInt32();
        foreach (var (title, minutesAgo) in new[] { ("قصة أقدم بصورة", 20), ("أحدث قصة بصورة", 1) })
        {
            using var created = await client.PostAsJsonAsync("/api/v1/articles", new
            {
                title,
                standfirst = "مقدمة.",
                body = "نص.",
                section = "مجتمع",
                status = "published",
                publishedAt = SahifaFactory.Now.AddMinutes(-minutesAgo),
                image = new { id },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var front = await factory.CreateClient().GetDocumentAsync("/");

        var lead = front.QuerySelector(".lead-story img")!;
        Assert.Equal("high", lead.GetAttribute("fetchpriority"));
        Assert.Null(lead.GetAttribute("loading"));
        var card = front.QuerySelectorAll(".card").First(c => c.TextContent.Contains("قصة أقدم بصورة", StringComparison.Ordinal));
        Assert.Equal("lazy", card.QuerySelector("img")!.GetAttribute("loading"));
        Assert.False(string.IsNullOrEmpty(card.QuerySelector("img")!.GetAttribute("alt")));
        var section = await factory.CreateClient().GetDocumentAsync("/sections/" + Uri.EscapeDataString("مجتمع"));
        Assert.NotNull(section.QuerySelector(".card img[loading='lazy']"));
    }
}
