using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

/// The pure rules for a WordPress site's photographs, on addresses as real sites write them.
public sealed class WordPressPhotosTests
{
    private const string Euphrates = "/media/7/1920-0a1b2c3d4e5f6a7b.jpg";
    private const string Souq = "/media/8/1280-1122334455667788.jpg";
    private const string Bridge = "/media/9/1920-99aabbccddeeff00.jpg";

    // Three attachments as the database gives them for a batch: one original, one that WordPress
    // scaled down on upload (5.3+), one with an Arabic file name; and one whose file never came.
    private static readonly PhotoLookup Library = new(
        [
            new AttachmentPhoto(301, "https://jazira.example/wp-content/uploads/2026/02/euphrates.jpg", 7, Euphrates, Alt: "مجرى الفرات"),
            new AttachmentPhoto(302, "https://jazira.example/wp-content/uploads/2026/02/souq-scaled.jpg", 8, Souq),
            new AttachmentPhoto(303, "https://jazira.example/wp-content/uploads/2026/01/%D8%AC%D8%B3%D8%B1-%D8%A7%D9%84%D8%B1%D9%82%D8%A9.jpg", 9, Bridge),
            new AttachmentPhoto(304, "https://jazira.example/wp-content/uploads/2026/01/lost.jpg"),
        ],
        ["https://jazira.example", "https://jazira.example"]);

    [Theory]
    // The original and every size WordPress made of it.
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/euphrates.jpg", null, Euphrates)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/euphrates-1024x576.jpg", null, Euphrates)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/euphrates-300x200.jpg", null, Euphrates)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/euphrates-150x150.jpg", null, Euphrates)]
    // http, www and the query string a theme adds are the same file.
    [InlineData("http://www.jazira.example/wp-content/uploads/2026/02/euphrates-768x432.jpg?v=2", null, Euphrates)]
    // Jetpack's image CDN serves the site's own uploads.
    [InlineData("https://i0.wp.com/jazira.example/wp-content/uploads/2026/02/euphrates.jpg?resize=1024%2C576&ssl=1", null, Euphrates)]
    // A scaled attachment: the body names the copy, its sizes, or the original.
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/souq-scaled.jpg", null, Souq)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/souq-1024x683.jpg", null, Souq)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/souq.jpg", null, Souq)]
    // Arabic file names, encoded in either case or not at all.
    [InlineData("https://jazira.example/wp-content/uploads/2026/01/%d8%ac%d8%b3%d8%b1-%d8%a7%d9%84%d8%b1%d9%82%d8%a9-600x400.jpg", null, Bridge)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/01/جسر-الرقة-600x400.jpg", null, Bridge)]
    // The class wp-image-N names the attachment, whatever the address says.
    [InlineData("https://cdn.elsewhere.example/x/renamed-800x600.jpg", 303L, Bridge)]
    // Another month's file, another site's file, an attachment without its file: no match.
    [InlineData("https://jazira.example/wp-content/uploads/2026/03/euphrates.jpg", null, null)]
    [InlineData("https://other-paper.example/wp-content/uploads/2026/02/euphrates.jpg", null, null)]
    [InlineData("https://jazira.example/wp-content/uploads/2026/01/lost-1024x576.jpg", null, null)]
    [InlineData("https://jazira.example/2026/02/euphrates/", null, null)]
    public void A_body_image_in_any_size_finds_the_library_photograph_of_its_attachment(string url, long? attachment, string? path) =>
        Assert.Equal(path, Library.Find(url, attachment)?.MediaPath);

    [Theory]
    [InlineData("https://jazira.example/wp-content/uploads/2026/01/lost-1024x576.jpg", true)]
    [InlineData("https://jazira.example/wp-content/uploads/2025/05/never-exported.jpg", true)]
    [InlineData("https://www.jazira.example/wp-content/uploads/2025/05/never-exported.jpg", true)]
    [InlineData("https://other-paper.example/wp-content/uploads/2025/05/x.jpg", false)]
    [InlineData("https://jazira.example/2026/02/21/post/", false)]
    public void Images_on_the_old_sites_uploads_are_known_as_such(string url, bool old) =>
        Assert.Equal(old, Library.IsOldUpload(url));

    [Theory]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/euphrates.jpg", null, new[] { "2026/02/euphrates.jpg" })]
    // WordPress's record comes first; the URL's path is the fallback.
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/euphrates.jpg", "2026/02/euphrates-1.jpg", new[] { "2026/02/euphrates-1.jpg", "2026/02/euphrates.jpg" })]
    // The unscaled (or unrotated) original before WordPress's copy.
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/souq-scaled.jpg", "2026/02/souq-scaled.jpg", new[] { "2026/02/souq.jpg", "2026/02/souq-scaled.jpg" })]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/phone-rotated.jpeg", null, new[] { "2026/02/phone.jpeg", "2026/02/phone-rotated.jpeg" })]
    // A multisite network: the network's uploads folder, or the one site's.
    [InlineData("https://jazira.example/wp-content/uploads/sites/3/2026/02/a.jpg", "2026/02/a.jpg", new[] { "sites/3/2026/02/a.jpg", "2026/02/a.jpg" })]
    [InlineData("https://jazira.example/raqqa/files/2012/05/old.jpg", null, new[] { "2012/05/old.jpg" })]
    [InlineData("https://jazira.example/wp-content/uploads/2026/01/%D8%AC%D8%B3%D8%B1.jpg", null, new[] { "2026/01/جسر.jpg" })]
    // Names that would leave the folder give nothing to read.
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/x.jpg", "../../../etc/passwd", new[] { "2026/02/x.jpg" })]
    [InlineData("https://jazira.example/wp-content/uploads/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd", new string[0])]
    [InlineData("https://jazira.example/wp-content/uploads/..%2F..%2Fetc%2Fpasswd", null, new string[0])]
    [InlineData("https://jazira.example/wp-content/uploads/2026/02/x.jpg", "C:\\Windows\\win.ini", new[] { "2026/02/x.jpg" })]
    [InlineData("https://jazira.example/wp-content/uploads/2026/../../../etc/passwd", null, new string[0])]
    [InlineData("https://jazira.example/2026/02/euphrates/", null, new string[0])]
    public void An_attachment_is_looked_for_under_the_uploads_folder_original_first_and_never_outside(string url, string? attachedFile, string[] candidates) =>
        Assert.Equal(candidates, WordPressPhotos.FileCandidates(url, attachedFile));

    [Theory]
    [InlineData("2026/02/euphrates-1024x576.jpg", "2026/02/euphrates.jpg")]
    [InlineData("2026/02/Souq-Scaled.JPG", "2026/02/souq-scaled.jpg")]
    [InlineData("2026/02/souq-scaled.jpg", "2026/02/souq.jpg")]
    [InlineData("2026/02/edited-e1712345678901-300x200.png", "2026/02/edited-e1712345678901.png")]
    [InlineData("2026/02/banner-1920x1080-1.jpg", "2026/02/banner-1920x1080-1.jpg")]
    public void A_key_is_what_every_size_of_one_upload_shares(string path, string key) =>
        Assert.Equal(key, WordPressPhotos.Key(path));

    [Theory]
    // WordPress's alt text, where the library has none or another.
    [InlineData("باعة في السوق", "", "", "باعة في السوق", false)]
    [InlineData("", "باعة في السوق", "", null, false)]
    [InlineData("باعة في السوق", "باعة في السوق", "", null, false)]
    // Neither: the attachment's title when it says something, else the headline, with a warning.
    [InlineData("", "", "سوق الهال في القامشلي", "سوق الهال في القامشلي", true)]
    [InlineData("", "", "IMG_2034", "افتتاح سوق الهال", true)]
    [InlineData("", "", "souq", "افتتاح سوق الهال", true)]
    [InlineData("", "", "", "افتتاح سوق الهال", true)]
    public void A_lead_image_always_has_alt_text_and_a_made_up_one_is_reported(string alt, string libraryAlt, string title, string? expected, bool warned)
    {
        var warnings = new List<ImportWarning>();
        var photo = new AttachmentPhoto(302, "https://jazira.example/wp-content/uploads/2026/02/souq-scaled.jpg", 8, Souq, Alt: alt, Title: title, LibraryAlt: libraryAlt);

        var lead = WordPressPhotos.Lead(photo, "افتتاح سوق الهال", 102, warnings);

        Assert.Equal(8, lead!.MediaId);
        Assert.Equal(expected, lead.Alt);
        Assert.Equal(warned, warnings.Any(w => w is { WordPressId: 102, Code: "lead_image_alt_missing" }));
    }

    [Fact]
    public void A_featured_image_that_never_reached_the_library_is_no_lead_image() =>
        Assert.Null(WordPressPhotos.Lead(Library.Attachment(304), "خبر", 1, []));

    [Fact]
    public void A_post_names_its_photographs_by_id_and_by_key()
    {
        var post = new WxrItem
        {
            Meta = new Dictionary<string, string> { ["_thumbnail_id"] = "302" },
            Content = """
                [caption id="attachment_301" width="800"]<img class="size-large wp-image-301" src="https://jazira.example/wp-content/uploads/2026/02/euphrates-1024x576.jpg" /> مجرى الفرات[/caption]
                <img src="/wp-content/uploads/2025/05/%D8%B3%D9%88%D9%82-300x200.jpg" srcset="x.jpg 300w">
                """,
        };

        var (ids, keys) = WordPressPhotos.References(post);

        Assert.Equal([301, 302], ids.Order());
        Assert.Equal(["2025/05/سوق.jpg", "2026/02/euphrates.jpg"], keys.Order(StringComparer.Ordinal));
    }
}
