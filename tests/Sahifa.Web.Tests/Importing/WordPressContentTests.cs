using AngleSharp.Html.Parser;
using Sahifa.Web.Articles;
using Sahifa.Web.Importing;
using Sahifa.Web.Media;

namespace Sahifa.Web.Tests.Importing;

public sealed class WordPressContentTests
{
    private static string Markdown(string content) => WordPressContent.ToMarkdown(content, "https://old.example").Markdown;

    private static string Html(string content) => new ArticleBody().ToHtml(Markdown(content));

    [Theory]
    // wpautop: a blank line starts a paragraph, a single newline is a line break.
    [InlineData("سطر أول\nسطر ثانٍ\n\nفقرة ثانية", "<p>سطر أول<br>\nسطر ثانٍ</p>\n<p>فقرة ثانية</p>\n")]
    [InlineData("نص قبل\n<h2>عنوان</h2>\nنص بعد", "<p>نص قبل</p>\n<h2>عنوان</h2>\n<p>نص بعد</p>\n")]
    [InlineData("<p>فقرة جاهزة</p>\n\n<p>وأخرى</p>", "<p>فقرة جاهزة</p>\n<p>وأخرى</p>\n")]
    [InlineData("<blockquote>قول أول.\n\nقول ثانٍ.</blockquote>", "<blockquote>\n<p>قول أول.</p>\n<p>قول ثانٍ.</p>\n</blockquote>\n")]
    [InlineData("<p>&nbsp;</p>\n\nنص", "<p>نص</p>\n")]
    public void Classic_content_gets_wordpress_paragraphs(string content, string html) =>
        Assert.Equal(html, Html(content));

    [Fact]
    public void Gutenberg_blocks_keep_their_paragraphs_headings_lists_quotes_and_images()
    {
        var content = """
            <!-- wp:paragraph -->
            <p>أول <strong>فقرة</strong>.</p>
            <!-- /wp:paragraph -->

            <!-- wp:heading {"level":3} -->
            <h3>عنوان فرعي</h3>
            <!-- /wp:heading -->

            <!-- wp:list {"ordered":true} -->
            <ol><li>واحد</li><li>اثنان<ul><li>فرع</li></ul></li></ol>
            <!-- /wp:list -->

            <!-- wp:quote -->
            <blockquote class="wp-block-quote"><p>قول</p><cite>قائله</cite></blockquote>
            <!-- /wp:quote -->

            <!-- wp:image -->
            <figure class="wp-block-image"><img src="/wp-content/uploads/a.jpg" alt="صورة"/><figcaption>تعليق الصورة</figcaption></figure>
            <!-- /wp:image -->
            """;

        Assert.Equal(
            "أول **فقرة**.\n\n### عنوان فرعي\n\n1. واحد\n2. اثنان\n   - فرع\n\n> قول\n>\n> *قائله*\n\n^^^\n![صورة](https://old.example/wp-content/uploads/a.jpg)\n^^^ تعليق الصورة",
            Markdown(content));
        var html = Html(content);
        Assert.Contains("<figure>", html);
        Assert.Contains("<figcaption>تعليق الصورة</figcaption>", html);
        Assert.Contains("<h3>عنوان فرعي</h3>", html);
    }

    [Fact]
    public void Embeds_become_links_and_dynamic_blocks_are_dropped_and_named()
    {
        var converted = WordPressContent.ToMarkdown("""
            <!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc123XYZ","type":"video"} -->
            <figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
            https://www.youtube.com/watch?v=abc123XYZ
            </div></figure>
            <!-- /wp:embed -->

            <!-- wp:latest-posts /-->

            <!-- wp:html -->
            <iframe src="https://www.youtube.com/embed/zzz999AAA" width="560"></iframe>
            <!-- /wp:html -->
            """);

        Assert.Contains("[https://www.youtube.com/watch?v=abc123XYZ](https://www.youtube.com/watch?v=abc123XYZ)", converted.Markdown);
        Assert.Contains("(https://www.youtube.com/watch?v=zzz999AAA)", converted.Markdown);
        Assert.Equal(["wp:latest-posts"], converted.Dropped);
    }

    [Fact]
    public void Caption_shortcode_becomes_a_figure_and_unknown_shortcodes_are_dropped_but_their_text_kept()
    {
        var converted = WordPressContent.ToMarkdown(
            "[caption id=\"attachment_5\" align=\"alignnone\" width=\"300\"]<a href=\"https://old.example/big.jpg\"><img src=\"https://old.example/a.jpg\" alt=\"سد\" /></a> سد الفرات[/caption]\n\n"
            + "[gallery ids=\"1,2,3\"]\n\n[su_note note_color=\"#fff\"]ملاحظة مهمة[/su_note]\n\n[embed]https://vimeo.com/1234[/embed]\n\nنص فيه [1] و[تحديث] و[[literal]]");

        Assert.Equal(
            "^^^\n[![سد](https://old.example/a.jpg)](https://old.example/big.jpg)\n^^^ سد الفرات\n\nملاحظة مهمة\n\n[https://vimeo.com/1234](https://vimeo.com/1234)\n\nنص فيه \\[1\\] و\\[تحديث\\] و\\[literal\\]",
            converted.Markdown);
        Assert.Equal(["[gallery]", "[su_note]"], converted.Dropped);
    }

    [Fact]
    public void Scripts_styles_and_forms_are_dropped_and_named_and_what_is_left_is_sanitised()
    {
        var content = "<script>steal()</script><style>p{}</style>نص <b onclick=\"x()\">عريض</b> "
            + "<a href=\"javascript:alert(1)\">رابط خبيث</a> <img src=\"data:image/png;base64,AAA\" onerror=\"x()\">"
            + "<form action=\"/x\"><input name=\"q\"></form>";

        var converted = WordPressContent.ToMarkdown(content);
        var html = new ArticleBody().ToHtml(converted.Markdown);

        Assert.Equal(["script", "style", "form"], converted.Dropped);
        Assert.Equal("<p>نص <strong>عريض</strong> رابط خبيث</p>\n", html);
    }

    [Theory]
    [InlineData("* ليس قائمة", "\\* ليس قائمة")]
    [InlineData("# ليس عنوانًا", "\\# ليس عنوانًا")]
    [InlineData("1. ليس ترقيمًا", "1\\. ليس ترقيمًا")]
    [InlineData("a_b_c and <b>x</b> & &amp;amp;", "a\\_b\\_c and **x** & \\&amp;")]
    [InlineData("== لا تمييز ==", "\\== لا تمييز \\==")]
    public void Text_that_looks_like_markdown_stays_text(string content, string markdown) =>
        Assert.Equal(markdown, Markdown(content));

    [Fact]
    public void Headings_tables_and_code_come_across()
    {
        var markdown = Markdown("<h1>كبير</h1><h5>صغير</h5><table><tr><th>المدينة</th><th>الحرارة</th></tr><tr><td>الرقة</td><td>31</td></tr></table><pre><code>var x = 1;</code></pre><p>استعمل <code>git</code>.</p>");

        Assert.Equal("## كبير\n\n#### صغير\n\n| المدينة | الحرارة |\n| --- | --- |\n| الرقة | 31 |\n\n```\nvar x = 1;\n```\n\nاستعمل `git`.", markdown);
    }

    [Fact]
    public void Lazy_loaded_images_keep_their_real_address_and_relative_links_keep_their_path()
    {
        var markdown = Markdown("<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/wp-content/uploads/real.jpg\" alt=\"\"> <a href=\"/2020/01/02/old-post/\">خبر قديم</a>");

        Assert.Equal("![](https://old.example/wp-content/uploads/real.jpg) [خبر قديم](/2020/01/02/old-post/)", markdown);
    }

    private const string Euphrates = "/media/7/1920-0a1b2c3d4e5f6a7b.jpg";

    private static readonly PhotoLookup Library = new(
        [new AttachmentPhoto(301, "https://old.example/wp-content/uploads/2026/02/euphrates.jpg", 7, Euphrates, Alt: "مجرى نهر الفرات")],
        ["https://old.example"]);

    [Theory]
    // The classic editor's [caption], its image linked to the full-size file.
    [InlineData(
        "[caption id=\"attachment_301\" align=\"aligncenter\" width=\"1024\"]<a href=\"https://old.example/wp-content/uploads/2026/02/euphrates.jpg\"><img class=\"size-large wp-image-301\" src=\"https://old.example/wp-content/uploads/2026/02/euphrates-1024x576.jpg\" alt=\"مجرى الفرات\" width=\"1024\" height=\"576\" /></a> مجرى الفرات قرب الرقة[/caption]",
        "![مجرى الفرات](" + Euphrates + " \"مجرى الفرات قرب الرقة\")")]
    // The caption named in the shortcode's attribute, as old WordPress wrote it.
    [InlineData(
        "[caption id=\"attachment_301\" caption=\"مجرى الفرات قرب الرقة\"]<img src=\"https://old.example/wp-content/uploads/2026/02/euphrates-300x200.jpg\" alt=\"\" />[/caption]",
        "![مجرى نهر الفرات](" + Euphrates + " \"مجرى الفرات قرب الرقة\")")]
    // Gutenberg's image block, with WordPress 6's figcaption class and a link to the attachment page.
    [InlineData(
        "<!-- wp:image {\"id\":301,\"sizeSlug\":\"large\",\"linkDestination\":\"attachment\"} -->\n<figure class=\"wp-block-image size-large\"><a href=\"https://old.example/?attachment_id=301\"><img src=\"https://old.example/wp-content/uploads/2026/02/euphrates-1024x576.jpg\" alt=\"النهر عند «الكرامة»\" class=\"wp-image-301\"/></a><figcaption class=\"wp-element-caption\">الضفة الشرقية <strong>صباحًا</strong> &amp; \"المضخات\"</figcaption></figure>\n<!-- /wp:image -->",
        "![النهر عند «الكرامة»](" + Euphrates + " \"الضفة الشرقية صباحًا & \\\"المضخات\\\"\")")]
    // No caption, no alt: the attachment's alt text.
    [InlineData(
        "<p><img class=\"alignnone size-medium wp-image-301\" src=\"/wp-content/uploads/2026/02/euphrates-300x200.jpg\" /></p>",
        "![مجرى نهر الفرات](" + Euphrates + ")")]
    // Found by its file when the class is gone; a link elsewhere stays, in Markdig's figure.
    [InlineData(
        "<figure><a href=\"https://example.org/report\"><img src=\"https://old.example/wp-content/uploads/2026/02/euphrates-768x432.jpg\" alt=\"النهر\"></a><figcaption>التقرير</figcaption></figure>",
        "^^^\n[![النهر](" + Euphrates + ")](https://example.org/report)\n^^^ التقرير")]
    // Not in the library: as before.
    [InlineData(
        "[caption id=\"attachment_999\"]<img src=\"https://old.example/wp-content/uploads/2025/01/other.jpg\" alt=\"أخرى\" /> تعليق[/caption]",
        "^^^\n![أخرى](https://old.example/wp-content/uploads/2025/01/other.jpg)\n^^^ تعليق")]
    public void Images_in_the_library_get_its_address_and_their_caption_as_the_title(string content, string markdown) =>
        Assert.Equal(markdown, WordPressContent.ToMarkdown(content, "https://old.example", Library).Markdown);

    [Fact]
    public void An_imported_image_with_a_caption_is_one_figure_on_the_page_with_that_caption_and_the_library_credit()
    {
        var photo = new MediaView(7, 1920, 1080, "مجرى نهر الفرات", "تعليق المكتبة", "وكالة هاوار",
            [new RenditionView("/media/7/960-aaaa.jpg", 960, 540, "image/jpeg"), new RenditionView(Euphrates, 1920, 1080, "image/jpeg")]);
        var markdown = WordPressContent.ToMarkdown(
            "<p>قبل.</p>[caption id=\"attachment_301\"]<img class=\"wp-image-301\" src=\"https://old.example/wp-content/uploads/2026/02/euphrates-1024x576.jpg\" alt=\"مجرى الفرات\" /> مجرى الفرات قرب الرقة[/caption]<p>بعد.</p>",
            "https://old.example",
            Library).Markdown;

        var html = new ArticleBody().ToHtml(markdown, new Dictionary<string, MediaView> { [Euphrates] = photo });
        using var body = new HtmlParser().ParseDocument($"<body>{html}</body>");

        var figure = Assert.Single(body.QuerySelectorAll("figure"));
        Assert.Single(figure.QuerySelectorAll("figcaption"));
        Assert.Equal("مجرى الفرات قرب الرقة", figure.QuerySelector("figcaption .caption")!.TextContent);
        Assert.Equal("وكالة هاوار", figure.QuerySelector("figcaption .credit")!.TextContent);
        Assert.Equal("مجرى الفرات", figure.QuerySelector("picture img")!.GetAttribute("alt"));
        Assert.StartsWith("/media/7/", figure.QuerySelector("picture img")!.GetAttribute("src"), StringComparison.Ordinal);
    }
}
