using System.Net;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Readers;

namespace Sahifa.Web.Tests.Readers;

/// The allowance of readers' posts per client, counted in the database (on SQLite here; the
/// two-node test in Nodes/ shows it holding across processes on PostgreSQL).
public sealed class ReaderRateLimitTests
{
    private static string Email() => $"reader-{Guid.NewGuid():N}@example.org";

    private static ConfiguredSahifaFactory Site(int posts = 3, int windowSeconds = 3600) =>
        new(("Sahifa:Comments:PostsPerWindow", posts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Sahifa:Comments:RateWindowSeconds", windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Over_the_limit_a_client_gets_429_with_an_arabic_message()
    {
        using var site = Site();
        using var reader = site.CreateClient();
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يتعرض لسيل من التعليقات"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await reader.CommentAsync(site, id, "ليلى", Email(), $"تعليق رقم {i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("طلبات كثيرة", (await response.ReadDocumentAsync()).Text(".error-page h1"));
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id)));
        // Reading is never limited.
        await reader.GetDocumentAsync($"/articles/{id}/comments");
    }

    [Fact]
    public async Task Comments_and_correction_requests_draw_on_one_allowance()
    {
        using var site = Site(posts: 2);
        using var reader = site.CreateClient();
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يعلق عليه قارئ ويطلب تصحيحه"));

        using var comment = await reader.CommentAsync(site, id, "ليلى", Email(), "تعليق أول");
        Assert.Equal(HttpStatusCode.SeeOther, comment.StatusCode);
        using var correction = await CorrectionAsync(site, reader, id);
        Assert.Equal(HttpStatusCode.SeeOther, correction.StatusCode);

        using var refused = await CorrectionAsync(site, reader, id);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    // The window is the site's clock's, not the process's: Retry-After says when the next one
    // opens, and then the client may post again.
    [Fact]
    public async Task The_allowance_comes_back_when_the_next_window_opens()
    {
        using var site = Site(posts: 1, windowSeconds: 600);
        using var reader = site.CreateClient();
        var id = await site.PublishAsync(SahifaFactory.Story("خبر يعود إليه قارئ بعد حين"));

        using var first = await reader.CommentAsync(site, id, "ليلى", Email(), "تعليق أول");
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        using var refused = await reader.CommentAsync(site, id, "ليلى", Email(), "تعليق ثانٍ");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // SahifaFactory.Now is on a window boundary, and each post above took the writing time.
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.Equal(TimeSpan.FromSeconds(600) - (2 * ReaderForms.WritingTime), retryAfter);

        site.Clock.Advance(retryAfter);
        using var again = await reader.CommentAsync(site, id, "ليلى", Email(), "تعليق ثالث");
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        // The count of the window that closed is gone.
        Assert.Equal(1, await site.WithDbAsync(db => db.ReaderPostCounts.CountAsync()));
    }

    [Theory]
    [InlineData(null, "unknown")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    // A household's or a phone's /64 is one client, whichever address in it the device picked.
    [InlineData("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3:8d3::/64")]
    [InlineData("2001:db8:85a3:8d3::1", "2001:db8:85a3:8d3::/64")]
    public void A_client_is_an_ipv4_address_or_an_ipv6_slash_64(string? address, string key) =>
        Assert.Equal(key, ReaderRateLimit.ClientKey(address is null ? null : IPAddress.Parse(address)));

    private static async Task<HttpResponseMessage> CorrectionAsync(SahifaFactory site, HttpClient reader, int id)
    {
        var page = await reader.GetDocumentAsync(await reader.CanonicalAsync(id));
        site.Clock.Advance(ReaderForms.WritingTime);
        return await reader.SendFormAsync(page, "form.correction-request-form", new Dictionary<string, string>
        {
            ["name"] = "سلمان",
            ["email"] = Email(),
            ["details"] = $"العدد الصحيح ١٢٠ محلاً ({Guid.NewGuid():N}).",
        });
    }
}
