using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sahifa.Web.Cli;

namespace Sahifa.Web.Tests.Nodes;

/// Two Sahifa processes on one PostgreSQL database, as a newsroom that outgrew one machine runs.
/// They run alone, after the parallel tests, so their timings measure Sahifa and not a busy CI box.
[Collection(Serial)]
public sealed class MultiNodeTests : IAsyncLifetime
{
    public const string Serial = "nodes, alone";

    // Readers' posts one client may send per window, kept small so the test reaches the limit.
    private const int PostsPerWindow = 4;

    private readonly TestStore _store = new();
    private SahifaNode _a = null!;
    private SahifaNode _b = null!;

    public async Task InitializeAsync()
    {
        if (!TestStore.IsPostgres)
        {
            return;
        }

        // The nodes run on the real clock, so the minimum fill time of the readers' forms is off
        // here rather than waited out; the in-process tests cover it with a fake clock.
        var settings = new Dictionary<string, string>(_store.Settings)
        {
            ["Sahifa__Comments__MinFillSeconds"] = "0",
            ["Sahifa__Comments__PostsPerWindow"] = PostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _a = new SahifaNode("A", settings);
        _b = new SahifaNode("B", settings);
        // Both start at once on an empty database: the migration lock lets exactly one migrate.
        await Task.WhenAll(_a.StartAsync(), _b.StartAsync());

        using var output = new StringWriter();
        Assert.Equal(0, await SahifaCli.RunAsync(["users", "add", "--email", "desk@example.org", "--role", "editor"], output, output, _store.HostArgs()));
        using var token = new StringWriter();
        Assert.Equal(0, await SahifaCli.RunAsync(["tokens", "create", "--email", "desk@example.org"], token, token, _store.HostArgs()));
        _a.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.ToString().Trim());

        // A node in service has compiled its pages already; the "within a second" below is about
        // the data reaching the other node, not about a cold JIT. A 404 does not render the
        // article page, so a real article is read on both nodes (a CI run once took over a second
        // for B's first article render alone).
        var warm = await PublishAsync(_a, Story("خبر لتهيئة العقدتين"));
        foreach (var node in new[] { _a, _b })
        {
            await TimeUntilServedAsync(node, warm, TimeSpan.FromSeconds(30));
            foreach (var path in new[] { "/", warm, "/feed.xml", "/api/v1/articles", "/api/v1/search?q=x" })
            {
                await node.Client.GetAsync(path);
            }
        }
    }

    private static object Story(string title, DateTimeOffset? at = null) => new
    {
        title,
        standfirst = "مقدمة قصيرة.",
        body = "فقرة.\n\n## عنوان فرعي\n\nفقرة ثانية.",
        section = "سياسة",
        status = "published",
        publishedAt = at,
    };

    private static async Task<string> PublishAsync(SahifaNode node, object story)
    {
        using var response = await node.Client.PostAsJsonAsync("/api/v1/articles", story);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Uri(json.GetProperty("url").GetString()!).AbsolutePath;
    }

    private static Task<TimeSpan> TimeUntilServedAsync(SahifaNode node, string path, TimeSpan limit) =>
        Eventually.WithinAsync(
            async () => (await node.Client.GetAsync(path)).StatusCode == HttpStatusCode.OK,
            limit,
            $"{path} not served by node {node.Name} within {limit}");

    [PostgresFact]
    public async Task Article_published_on_one_node_is_served_by_the_other_within_a_second()
    {
        var path = await PublishAsync(_a, Story("خبر نُشر على العقدة الأولى"));

        var waited = await TimeUntilServedAsync(_b, path, TimeSpan.FromSeconds(1));

        Assert.True(waited < TimeSpan.FromSeconds(1));
        var html = await _b.Client.GetStringAsync(path);
        Assert.Contains("خبر نُشر على العقدة الأولى", html);
    }

    // Each node keeps its own copy of a page; the other node's change must reach it through the
    // database, not through the request that made it.
    private static Task<TimeSpan> TimeUntilPageSaysAsync(SahifaNode node, string path, string text, TimeSpan limit) =>
        Eventually.WithinAsync(
            async () => (await node.Client.GetStringAsync(path)).Contains(text, StringComparison.Ordinal),
            limit,
            $"{path} on node {node.Name} did not say «{text}» within {limit}");

    [PostgresFact]
    public async Task Edit_on_one_node_clears_the_cached_pages_of_both_within_a_second()
    {
        var path = await PublishAsync(_a, Story("حريق في سوق المدينة"));
        foreach (var node in new[] { _a, _b })
        {
            foreach (var page in new[] { path, "/", "/feed.xml" })
            {
                // Read until each node has the story in its own cached copy of each page.
                await TimeUntilPageSaysAsync(node, page, "حريق في سوق المدينة", TimeSpan.FromSeconds(1));
            }
        }

        var id = path.Split('/')[2];
        using var put = await _a.Client.PutAsJsonAsync($"/api/v1/articles/{id}", Story("إخماد حريق في سوق المدينة"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        // The editor's own node at once; the other within its poll of the change feed.
        foreach (var page in new[] { path, "/", "/feed.xml" })
        {
            Assert.Contains("إخماد حريق في سوق المدينة", await _a.Client.GetStringAsync(page));
            var waited = await TimeUntilPageSaysAsync(_b, page, "إخماد حريق في سوق المدينة", TimeSpan.FromSeconds(1));
            Assert.True(waited < TimeSpan.FromSeconds(1));
        }
    }

    [PostgresFact]
    public async Task Article_published_on_one_node_is_found_by_search_on_the_other_within_a_second()
    {
        var search = "/api/v1/search?q=" + Uri.EscapeDataString("محطه قطار الميادين");
        // The second is for the change to travel, not for node B's first search to warm up.
        await _b.Client.GetFromJsonAsync<JsonElement>(search);
        var path = await PublishAsync(_a, Story("افتتاح محطة قطار في الميادين"));

        await Eventually.WithinAsync(
            async () => (await _b.Client.GetFromJsonAsync<JsonElement>(search)).GetProperty("results").EnumerateArray()
                .Any(r => new Uri(r.GetProperty("url").GetString()!).AbsolutePath == path),
            TimeSpan.FromSeconds(1),
            $"not found on node B within a second:\n{_b.Log}");
    }

    [PostgresFact]
    public async Task Article_scheduled_for_later_appears_once_on_both_nodes_when_its_time_comes()
    {
        var at = TimeProvider.System.GetUtcNow().AddSeconds(3);
        var path = await PublishAsync(_a, Story("خبر مجدول بعد ثوانٍ", at));
        Assert.Equal(HttpStatusCode.NotFound, (await _b.Client.GetAsync(path)).StatusCode);

        await TimeUntilServedAsync(_a, path, TimeSpan.FromSeconds(10));
        await TimeUntilServedAsync(_b, path, TimeSpan.FromSeconds(2));

        foreach (var node in new[] { _a, _b })
        {
            var list = await node.Client.GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=100");
            Assert.Single(list.GetProperty("articles").EnumerateArray(), a => a.GetProperty("title").GetString() == "خبر مجدول بعد ثوانٍ");
        }
    }

    [PostgresFact]
    public async Task Node_killed_mid_way_catches_up_when_it_restarts()
    {
        await _b.KillAsync();
        var path = await PublishAsync(_a, Story("خبر نُشر والعقدة الثانية متوقفة"));

        await _b.StartAsync();

        await TimeUntilServedAsync(_b, path, TimeSpan.FromSeconds(1));
    }

    [PostgresFact]
    public async Task Comment_posted_on_one_node_and_approved_on_the_other_appears_on_both()
    {
        var path = await PublishAsync(_a, Story("خبر يعلق عليه قراء العقدتين"));
        await TimeUntilServedAsync(_b, path, TimeSpan.FromSeconds(1));

        // The form as node A served it, sent to node B: B reads A's signed stamp because the
        // data protection keys live in the shared database.
        var page = await _a.Client.GetDocumentAsync(path);
        using var posted = await PostCommentAsync(_b, page, "تعليق وصل إلى العقدة الثانية");
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        var id = location[(location.LastIndexOf('-') + 1)..];

        using var approved = await _a.Client.PostAsync($"/api/v1/comments/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        Assert.Contains($"id=\"comment-{id}\"", await _a.Client.GetStringAsync(path));
        await TimeUntilPageSaysAsync(_b, path, $"id=\"comment-{id}\"", TimeSpan.FromSeconds(1));
        foreach (var node in new[] { _a, _b })
        {
            var html = await node.Client.GetStringAsync(path);
            Assert.Contains("تعليق وصل إلى العقدة الثانية", html);
            Assert.DoesNotContain("reader@example.org", html);
        }
    }

    [PostgresFact]
    public async Task Readers_allowance_holds_across_both_nodes_not_once_per_node()
    {
        var path = await PublishAsync(_a, Story("خبر يعلق عليه قارئ مرة هنا ومرة هناك"));
        await TimeUntilServedAsync(_b, path, TimeSpan.FromSeconds(1));
        var page = await _a.Client.GetDocumentAsync(path);

        // Behind a load balancer one reader's posts land on either node.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PostsPerWindow + 2; i++)
        {
            using var posted = await PostCommentAsync(i % 2 == 0 ? _a : _b, page, $"تعليق رقم {i}");
            statuses.Add(posted.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.SeeOther, PostsPerWindow), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [PostgresFact]
    public async Task A_photograph_uploaded_through_one_node_is_served_by_the_other_with_no_shared_disk()
    {
        using var upload = await _a.Client.PostAsync("/api/v1/media", Media.MediaApiTests.Form(Media.TestPhotos.CameraJpeg(seed: 41), alt: "جسر على نهر الخابور"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var photo = await upload.Content.ReadFromJsonAsync<JsonElement>();

        // Each node has its own data directory; the renditions reach B through the database.
        foreach (var rendition in photo.GetProperty("renditions").EnumerateArray())
        {
            var path = new Uri(rendition.GetProperty("url").GetString()!).AbsolutePath;
            var fromA = await _a.Client.GetByteArrayAsync(path);
            using var fromB = await _b.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
            Assert.Equal(rendition.GetProperty("type").GetString(), fromB.Content.Headers.ContentType!.MediaType);
            Assert.Contains("immutable", fromB.Headers.CacheControl!.ToString());
            Assert.Equal(fromA, await fromB.Content.ReadAsByteArrayAsync());
        }

        var article = await PublishAsync(_a, new
        {
            title = "الخابور يعود إلى مجراه",
            standfirst = "مقدمة قصيرة.",
            body = "فقرة.",
            section = "مجتمع",
            status = "published",
            image = new { id = photo.GetProperty("id").GetInt32() },
        });
        await TimeUntilPageSaysAsync(_b, article, "جسر على نهر الخابور", TimeSpan.FromSeconds(1));
    }

    private static async Task<HttpResponseMessage> PostCommentAsync(SahifaNode node, AngleSharp.Dom.IDocument page, string body)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form.comment-form")!;
        var fields = Forms.Fields(form);
        fields.RemoveAll(f => f.Key is "name" or "email" or "body");
        fields.AddRange([new("name", "قارئة من الحسكة"), new("email", "reader@example.org"), new("body", body)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", node.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return await node.Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        if (TestStore.IsPostgres)
        {
            await _a.DisposeAsync();
            await _b.DisposeAsync();
        }

        _store.Dispose();
    }
}

[CollectionDefinition(MultiNodeTests.Serial, DisableParallelization = true)]
public sealed class SerialNodes;
