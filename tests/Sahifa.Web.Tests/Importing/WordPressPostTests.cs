using Sahifa.Web.Articles;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

/// The pure mapping of a WordPress post to Sahifa's fields: no database, a fixed clock.
public sealed class WordPressPostTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal) { ["rojin"] = "روجين عثمان" };

    private static WordPressSite Site(string zone = "Asia/Damascus") =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), "https://old.example.org", "أخبار", login => DisplayNames.GetValueOrDefault(login, login));

    private static WxrItem Post(string title = "خبر من الرقة", string status = "publish") => new()
    {
        Id = 42,
        Title = title,
        Status = status,
        Content = "<p>فقرة أولى عن <strong>الفرات</strong>.</p>",
    };

    private static WxrItemTerm Category(string name) => new("category", name, name);

    private static WxrItemTerm Tag(string name) => new("post_tag", name, name);

    [Theory]
    [InlineData("publish", ArticleStatus.Published)]
    [InlineData("future", ArticleStatus.Scheduled)]
    [InlineData("pending", ArticleStatus.InReview)]
    [InlineData("draft", ArticleStatus.Draft)]
    [InlineData("private", ArticleStatus.Draft)]
    [InlineData("trash", null)]
    [InlineData("auto-draft", null)]
    [InlineData("inherit", null)]
    [InlineData("archived", null)]
    public void WordPress_states_become_sahifa_states(string status, ArticleStatus? expected) =>
        Assert.Equal(expected, WordPressPost.StatusOf(status));

    [Theory]
    [InlineData("افتتاح جسر <em>الرقة</em> الجديد", "افتتاح جسر الرقة الجديد", null)]
    [InlineData("  سوق &amp; حرفيون   في   القامشلي ", "سوق & حرفيون في القامشلي", null)]
    [InlineData("", "بلا عنوان", "untitled")]
    [InlineData("«»…", "بلا عنوان", "untitled")]
    public void Headlines_are_plain_text_and_an_empty_one_is_named(string title, string headline, string? warning)
    {
        var post = WordPressPost.Map(Post(title), ArticleStatus.Published, Site(), Now);

        Assert.Equal(headline, post.Headline);
        Assert.Equal(warning is null ? [] : [warning], post.Warnings.Select(w => w.Code).ToArray());
    }

    [Fact]
    public void A_headline_over_the_limit_is_cut_at_a_word_with_a_warning()
    {
        var post = WordPressPost.Map(Post(string.Join(' ', Enumerable.Repeat("مدينة", 60))), ArticleStatus.Published, Site(), Now);

        Assert.True(post.Headline.Length <= ArticleRules.MaxHeadlineLength);
        Assert.EndsWith("مدينة…", post.Headline, StringComparison.Ordinal);
        Assert.Equal(["headline_shortened"], post.Warnings.Select(w => w.Code).ToArray());
    }

    // Damascus is UTC+3 all year; Berlin skipped 02:00–03:00 on 30 March 2025.
    [Theory]
    [InlineData("Asia/Damascus", "2026-02-20T13:00:00", null, "2026-02-20T10:00:00")]
    [InlineData("Asia/Damascus", "2026-02-20T13:00:00", "2026-02-20T09:30:00", "2026-02-20T09:30:00")]
    [InlineData("Europe/Berlin", "2025-03-30T02:30:00", null, "2025-03-30T01:30:00")]
    public void Dates_are_the_gmt_one_or_the_local_one_in_the_sites_zone(string zone, string local, string? gmt, string expected)
    {
        var item = Post() with
        {
            Date = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture),
            DateGmt = gmt is null ? null : DateTime.SpecifyKind(DateTime.Parse(gmt, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
        };

        var post = WordPressPost.Map(item, ArticleStatus.Published, Site(zone), Now);

        var instant = DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(instant, post.CreatedAt);
        Assert.Equal(instant, post.PublishedAt);
        Assert.Equal(instant, post.UpdatedAt);
    }

    [Theory]
    [InlineData(ArticleStatus.Published, true, null)]
    [InlineData(ArticleStatus.Draft, false, null)]
    [InlineData(ArticleStatus.Scheduled, true, "missed_schedule")]
    public void Only_public_states_have_a_publication_time_and_a_past_schedule_is_flagged(ArticleStatus status, bool published, string? warning)
    {
        var item = Post() with { DateGmt = Now.AddDays(-1) };

        var post = WordPressPost.Map(item, status, Site(), Now);

        Assert.Equal(published ? Now.AddDays(-1) : null, post.PublishedAt);
        Assert.Equal(warning is null ? [] : [warning], post.Warnings.Select(w => w.Code).ToArray());
    }

    [Fact]
    public void The_first_category_is_the_section_and_the_rest_are_tags_once_per_slug()
    {
        var item = Post() with { Terms = [Category("سياسة"), Category("الرقة"), Tag("الــرقة"), Tag("المياه"), Tag("  المياه ")] };

        var post = WordPressPost.Map(item, ArticleStatus.Published, Site(), Now);

        Assert.Equal("سياسة", post.Section);
        Assert.Equal(["الرقة", "المياه"], post.Tags);
    }

    [Fact]
    public void A_post_without_a_category_goes_to_the_default_section_and_tags_stop_at_the_limit()
    {
        var item = Post() with { Terms = [.. Enumerable.Range(1, ArticleRules.MaxTags + 5).Select(i => Tag($"وسم {i}"))] };

        var post = WordPressPost.Map(item, ArticleStatus.Published, Site(), Now);

        Assert.Equal("أخبار", post.Section);
        Assert.Equal(ArticleRules.MaxTags, post.Tags.Count);
        Assert.Equal(["too_many_tags"], post.Warnings.Select(w => w.Code).ToArray());
    }

    [Theory]
    [InlineData("rojin", "روجين عثمان")]
    [InlineData("layla.h", "layla.h")]
    [InlineData("", null)]
    public void The_byline_is_the_authors_display_name_else_the_login(string creator, string? byline) =>
        Assert.Equal(byline, WordPressPost.Map(Post() with { Creator = creator }, ArticleStatus.Published, Site(), Now).Byline);

    [Theory]
    [InlineData("<p>مقدمة من <b>المقتطف</b></p>", "وصف لمحركات البحث", "مقدمة من المقتطف")]
    [InlineData("", "وصف لمحركات البحث", "وصف لمحركات البحث")]
    [InlineData("", null, "")]
    public void The_standfirst_is_the_excerpt_else_the_seo_description(string excerpt, string? yoast, string standfirst)
    {
        var item = Post() with
        {
            Excerpt = excerpt,
            Meta = yoast is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["_yoast_wpseo_metadesc"] = yoast },
        };

        Assert.Equal(standfirst, WordPressPost.Map(item, ArticleStatus.Published, Site(), Now).Standfirst);
    }

    [Fact]
    public void A_body_that_cleans_to_nothing_is_flagged_and_the_fingerprint_follows_the_content()
    {
        var empty = Post() with { Content = "<script>alert(1)</script>" };

        var post = WordPressPost.Map(empty, ArticleStatus.Published, Site(), Now);

        Assert.Equal("", post.BodyMarkdown);
        Assert.Equal(["empty_body"], post.Warnings.Select(w => w.Code).ToArray());
        Assert.Equal(WordPressPost.Fingerprint(Post()), WordPressPost.Fingerprint(Post()));
        Assert.NotEqual(WordPressPost.Fingerprint(Post()), WordPressPost.Fingerprint(empty));
    }

    [Fact]
    public void Photographs_in_the_library_are_the_lead_image_and_the_body_images_and_the_others_are_reported_once_files_were_looked_for()
    {
        var item = Post() with
        {
            Meta = new Dictionary<string, string> { ["_thumbnail_id"] = "301" },
            Content = "<p>فقرة.</p>\n<img class=\"wp-image-301\" src=\"https://old.example.org/wp-content/uploads/2026/02/dam-1024x576.jpg\" alt=\"السد\">\n"
                + "<img src=\"https://old.example.org/wp-content/uploads/2026/02/gone.jpg\" alt=\"\">\n"
                + "<img src=\"https://old.example.org/wp-content/uploads/2026/02/known-300x200.jpg\" alt=\"\">",
        };
        AttachmentPhoto[] attachments =
        [
            new(301, "https://old.example.org/wp-content/uploads/2026/02/dam.jpg", 5, "/media/5/1920-abcdef0123456789.jpg", Alt: "سد الفرات", Caption: "سد الفرات عند الطبقة", LibraryAlt: "سد الفرات"),
            new(302, "https://old.example.org/wp-content/uploads/2026/02/known.jpg"),
        ];

        var withFiles = WordPressPost.Map(item, ArticleStatus.Published, Site(), Now, new PhotoLookup(attachments, ["https://old.example.org"], reportMissing: true));
        var withoutFiles = WordPressPost.Map(item, ArticleStatus.Published, Site(), Now, new PhotoLookup(attachments, ["https://old.example.org"]));

        // The library has that alt text already; the caption is WordPress's own for this photograph.
        Assert.Equal(new LeadImage(5, null, "سد الفرات عند الطبقة"), withFiles.Lead);
        Assert.Contains("![السد](/media/5/1920-abcdef0123456789.jpg)", withFiles.BodyMarkdown);
        Assert.Contains("(https://old.example.org/wp-content/uploads/2026/02/gone.jpg)", withFiles.BodyMarkdown);
        // gone.jpg is in no attachment; known.jpg's attachment has its own warning.
        var missing = Assert.Single(withFiles.Warnings, w => w.Code == "media_missing");
        Assert.Contains("2026/02/gone.jpg", missing.Message);
        Assert.Equal(2, withFiles.PhotosOnOldHost);
        Assert.DoesNotContain(withoutFiles.Warnings, w => w.Code == "media_missing");

        // A photograph that came into the library since the last import changes the fingerprint.
        Assert.Equal(WordPressPost.Fingerprint(item), WordPressPost.Fingerprint(item, new PhotoLookup([attachments[1]], [])));
        Assert.NotEqual(WordPressPost.Fingerprint(item), WordPressPost.Fingerprint(item, new PhotoLookup(attachments, [])));
    }
}
