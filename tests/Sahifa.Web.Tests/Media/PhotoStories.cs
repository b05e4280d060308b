using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Tests.Media;

/// An article published through the API with a photograph uploaded through the API: what the
/// feeds and sitemaps tests start from.
public static class PhotoStories
{
    // The seed tints the picture, so each upload is a different file; past 225 the channel
    // saturates and the pictures are the same again.
    private static int _seed;

    /// The article's absolute URL as the API gives it.
    public static async Task<string> PublishWithPhotoAsync(this SahifaFactory factory, string title, string alt, int hoursAgo = 1)
    {
        var client = await factory.ApiClientAsync(StaffRoles.Editor);
        using var uploaded = await client.PostAsync("/api/v1/media",
            MediaApiTests.Form(TestPhotos.CameraJpeg(seed: Interlocked.Increment(ref _seed) % 200), alt: alt));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var photo = await uploaded.Content.ReadFromJsonAsync<JsonElement>();

        using var created = await client.PostAsJsonAsync("/api/v1/articles", new
        {
            title,
            standfirst = "مقدمة المادة.",
            body = "فقرة أولى.",
            section = "مجتمع",
            status = "published",
            publishedAt = SahifaFactory.Now.AddHours(-hoursAgo),
            image = new { id = photo.GetProperty("id").GetInt32() },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
    }

    /// Asserts that an absolute URL on the test host answers 200 with an image, and returns its size.
    public static async Task<long> AssertServesImageAsync(this SahifaFactory factory, string url)
    {
        Assert.StartsWith("http://localhost/media/", url, StringComparison.Ordinal);
        using var response = await factory.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
}
