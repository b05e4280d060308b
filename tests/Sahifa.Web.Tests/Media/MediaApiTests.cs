using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Media;

public class MediaApiTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    internal static MultipartFormDataContent Form(byte[] file, string fileName = "photo.jpg", string contentType = "image/jpeg", string? alt = null, string? caption = null, string? credit = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", fileName);
        foreach (var (name, value) in new[] { ("alt", alt), ("caption", caption), ("credit", credit) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        return form;
    }

    /// What a served file still says about where and with what it was taken.
    internal static List<string> Leaks(byte[] served)
    {
        var leaks = new List<string>();
        using (var stream = new MemoryStream(served))
        {
            foreach (var directory in ImageMetadataReader.ReadMetadata(stream))
            {
                if (directory is GpsDirectory or ExifIfd0Directory or ExifSubIfdDirectory or XmpDirectory or IptcDirectory
                    || directory.Name.Contains("Makernote", StringComparison.OrdinalIgnoreCase)
                    || directory.Name.Contains("ICC", StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add($"{directory.Name}: {string.Join("; ", directory.Tags.Select(t => t.ToString()))}");
                }
            }
        }

        var raw = Encoding.Latin1.GetString(served);
        foreach (var marker in new[] { "Exif\0\0", "http://ns.adobe.com/xap", "Photoshop 3.0", TestPhotos.CameraSerial, TestPhotos.CameraMake, TestPhotos.MakerNoteMarker })
        {
            if (raw.Contains(marker, StringComparison.Ordinal))
            {
                leaks.Add($"bytes contain '{marker.TrimEnd('\0')}'");
            }
        }

        return leaks;
    }

    [Fact]
    public void The_test_photograph_really_carries_gps_a_serial_a_maker_note_and_orientation_6()
    {
        // Otherwise the stripping tests below would prove nothing.
        var photo = TestPhotos.CameraJpeg();
        using var stream = new MemoryStream(photo);
        var directories = ImageMetadataReader.ReadMetadata(stream);
        var gps = directories.OfType<GpsDirectory>().Single();
        Assert.NotNull(gps.GetGeoLocation());
        Assert.Equal(6, directories.OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation));
        Assert.Equal(TestPhotos.CameraSerial, directories.OfType<ExifSubIfdDirectory>().Single().GetString(ExifDirectoryBase.TagBodySerialNumber));
        Assert.Equal(TestPhotos.IptcCaption, directories.OfType<IptcDirectory>().Single().GetString(IptcDirectory.TagCaption));
        Assert.NotEmpty(directories.OfType<XmpDirectory>());
        Assert.NotEmpty(Leaks(photo));
    }

    [Fact]
    public async Task Upload_answers_201_with_oriented_size_and_renditions_that_are_served_at_once_without_any_metadata()
    {
        var client = await factory.ApiClientAsync(StaffRoles.Writer);

        using var response = await client.PostAsync("/api/v1/media", Form(TestPhotos.CameraJpeg(seed: 1), alt: "باعة في سوق القامشلي"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/media/{id}", response.Headers.Location!.OriginalString);
        // Orientation 6: stored landscape, shown portrait.
        Assert.Equal(1200, json.GetProperty("width").GetInt32());
        Assert.Equal(1600, json.GetProperty("height").GetInt32());
        Assert.Equal("باعة في سوق القامشلي", json.GetProperty("alt").GetString());
        // Left empty in the form, so taken from the file's IPTC fields before they were stripped.
        Assert.Equal(TestPhotos.IptcCaption, json.GetProperty("caption").GetString());
        Assert.Equal(TestPhotos.IptcCredit, json.GetProperty("credit").GetString());

        var renditions = json.GetProperty("renditions").EnumerateArray().ToList();
        Assert.True(renditions.Select(r => r.GetProperty("width").GetInt32()).Distinct().Count() >= 3, json.ToString());
        Assert.Contains(renditions, r => r.GetProperty("type").GetString() == "image/webp");
        Assert.Contains(renditions, r => r.GetProperty("type").GetString() == "image/jpeg");
        Assert.All(renditions, r => Assert.True(r.GetProperty("width").GetInt32() <= 1200, "never enlarged"));
        var largest = renditions.Where(r => r.GetProperty("type").GetString() == "image/jpeg").MaxBy(r => r.GetProperty("width").GetInt32());
        Assert.Equal(largest.GetProperty("url").GetString(), json.GetProperty("url").GetString());

        var reader = factory.CreateClient();
        foreach (var rendition in renditions)
        {
            var url = new Uri(rendition.GetProperty("url").GetString()!);
            using var served = await reader.GetAsync(url.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(rendition.GetProperty("type").GetString(), served.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl!.ToString());
            Assert.NotNull(served.Headers.ETag);
            var bytes = await served.Content.ReadAsByteArrayAsync();
            Assert.Empty(Leaks(bytes));
            using var image = NetVips.Image.NewFromBuffer(bytes);
            Assert.Equal(rendition.GetProperty("width").GetInt32(), image.Width);
            Assert.Equal(rendition.GetProperty("height").GetInt32(), image.Height);
            Assert.True(image.Height > image.Width, "the rotation is in the pixels, not in a tag");
            // Red was on the left as stored, so it is on top as shown.
            var top = image.Getpoint(image.Width / 2, 2);
            Assert.True(top[0] > 150 && top[2] < 90, $"top pixel {string.Join(",", top)} should be red");
        }
    }

    [Fact]
    public async Task Form_caption_and_credit_win_over_the_files_own()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PostAsync("/api/v1/media", Form(TestPhotos.CameraJpeg(seed: 2), alt: "سوق", caption: "تعليق المحرر", credit: "صحيفة"));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("تعليق المحرر", json.GetProperty("caption").GetString());
        Assert.Equal("صحيفة", json.GetProperty("credit").GetString());
    }

    [Fact]
    public async Task Get_answers_the_same_json_and_a_missing_id_a_problem()
    {
        var client = await factory.ApiClientAsync();
        using var created = await client.PostAsync("/api/v1/media", Form(TestPhotos.CameraJpeg(seed: 3), alt: "صورة"));
        var posted = await created.Content.ReadFromJsonAsync<JsonElement>();

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/media/{posted.GetProperty("id").GetInt32()}");

        Assert.Equal(posted.ToString(), read.ToString());
        using var missing = await client.GetAsync("/api/v1/media/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("not_found", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_same_file_twice_is_one_item()
    {
        var client = await factory.ApiClientAsync();
        var photo = TestPhotos.CameraJpeg(seed: 4);

        using var first = await client.PostAsync("/api/v1/media", Form(photo));
        using var second = await client.PostAsync("/api/v1/media", Form(photo, fileName: "copy.jpg"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_rendition_answers_304_to_its_etag_and_404_for_an_unknown_path()
    {
        var client = await factory.ApiClientAsync();
        using var created = await client.PostAsync("/api/v1/media", Form(TestPhotos.CameraJpeg(seed: 5)));
        var url = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
        var reader = factory.CreateClient();
        using var first = await reader.GetAsync(url);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await reader.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        using var unknown = await reader.GetAsync(url.Replace("-", "-0", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    public static TheoryData<string, string, string, int, string> BadFiles => new()
    {
        { "bomb", "bomb.png", "image/png", 422, "too_many_pixels" },
        { "svg", "logo.svg", "image/svg+xml", 415, "svg_not_accepted" },
        { "html", "photo.jpg", "image/jpeg", 415, "not_an_image" },
        { "pdf", "scan.jpg", "image/jpeg", 415, "not_an_image" },
        { "truncated", "cut.jpg", "image/jpeg", 422, "corrupt_image" },
        { "empty", "empty.jpg", "image/jpeg", 400, "no_file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_a_problem_with_a_stable_code_and_nothing_is_stored(string kind, string fileName, string contentType, int status, string code)
    {
        var file = kind switch
        {
            "bomb" => TestPhotos.PngBomb(),
            "svg" => TestPhotos.SvgWithScript(),
            "html" => TestPhotos.HtmlNamedJpg(),
            "pdf" => TestPhotos.Pdf(),
            "truncated" => TestPhotos.TruncatedJpeg(),
            _ => [],
        };
        var client = await factory.ApiClientAsync();
        var before = await CountAsync();

        using var response = await client.PostAsync("/api/v1/media", Form(file, fileName, contentType));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Without_a_token_the_library_is_closed()
    {
        using var upload = await factory.CreateClient().PostAsync("/api/v1/media", Form(TestPhotos.CameraJpeg(seed: 6)));
        using var read = await factory.CreateClient().GetAsync("/api/v1/media/1");

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task A_transparent_png_becomes_jpeg_on_white_and_webp_with_its_alpha()
    {
        var client = await factory.ApiClientAsync();

        using var response = await client.PostAsync("/api/v1/media", Form(TestPhotos.TransparentPng(), "cut-out.png", "image/png", alt: "شعار"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(800, json.GetProperty("width").GetInt32());
        var jpeg = new Uri(json.GetProperty("url").GetString()!).PathAndQuery;
        using var image = NetVips.Image.NewFromBuffer(await factory.CreateClient().GetByteArrayAsync(jpeg));
        var pixel = image.Getpoint(10, 10);
        // Half-transparent green over white, not over black.
        Assert.True(pixel[0] > 100 && pixel[1] > 180, string.Join(",", pixel));
    }

    private async Task<(int Items, int Files)> CountAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        return (await db.MediaItems.CountAsync(), await db.MediaFiles.CountAsync());
    }
}

public class MediaUploadLimitTests
{
    [Fact]
    public async Task An_upload_over_the_limit_gets_413_before_it_is_read()
    {
        using var factory = new ConfiguredSahifaFactory(("Sahifa:Media:MaxUploadMegabytes", "1"));
        var client = await factory.ApiClientAsync();
        var big = new byte[1536 * 1024];
        TestPhotos.CameraJpeg(seed: 7).CopyTo(big, 0);

        using var response = await client.PostAsync("/api/v1/media", MediaApiTests.Form(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("file_too_large", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
