using Sahifa.Web.Tests.Media;

namespace Sahifa.Web.Tests.Importing;

/// A WordPress site with photographs as `sahifa import wordpress FILE --uploads DIR` meets it:
/// an export written the way WordPress writes one, and a copy of its `wp-content/uploads` with
/// real JPEGs from a phone (GPS, serial, orientation 6). Beside the originals lie WordPress's
/// resized copies, which are different, smaller pictures, so a test can tell which one was
/// read. One attachment's file never made it, one is not a photograph, and three names try to
/// leave the folder for a photograph that sits just outside it.
///
/// Attachment 302 comes before the posts and the others after them, as WordPress exports can.
internal sealed class PhotoSite
{
    public const string Site = "https://jazira.example";
    public const string Uploads = Site + "/wp-content/uploads";

    public const string EuphratesAlt = "مجرى نهر الفرات قرب الرقة صباحًا";
    public const string EuphratesCaption = "مجرى الفرات قرب الرقة";
    public const string SouqHeadline = "افتتاح سوق الهال الجديد في القامشلي";
    public const string SouqCaption = "سوق الهال الجديد في القامشلي";
    public const string SouqAlt = "باعة الخضار في السوق الجديد";
    public const string LostImage = Uploads + "/2026/01/lost-300x200.jpg";
    public const string OrphanImage = Uploads + "/2025/05/orphan.jpg";

    private PhotoSite(string root) => Root = root;

    public string Root { get; }

    public string UploadsFolder => Path.Combine(Root, "site", "uploads");

    public string Export => Path.Combine(Root, "jazira.WordPress.xml");

    /// A photograph outside the uploads folder, which no name in the export may reach.
    public string Outside => Path.Combine(Root, "secret.jpg");

    public string Original(string name) => Path.Combine(UploadsFolder, "2026", "02", name);

    public static PhotoSite Write(string root)
    {
        var site = new PhotoSite(root);
        var february = Path.Combine(site.UploadsFolder, "2026", "02");
        Directory.CreateDirectory(february);

        // Stored 1600×1200, shown 1200×1600; the copy WordPress made is 1024×576.
        File.WriteAllBytes(Path.Combine(february, "euphrates.jpg"), TestPhotos.CameraJpeg(1600, 1200, seed: 211));
        File.WriteAllBytes(Path.Combine(february, "euphrates-1024x576.jpg"), TestPhotos.CameraJpeg(1024, 576, seed: 212));

        // WordPress 5.3+ scaled the big upload down and kept the original beside it.
        File.WriteAllBytes(Path.Combine(february, "souq.jpg"), TestPhotos.CameraJpeg(2000, 1500, seed: 213));
        File.WriteAllBytes(Path.Combine(february, "souq-scaled.jpg"), TestPhotos.CameraJpeg(1280, 960, seed: 214));

        File.WriteAllBytes(Path.Combine(february, "notes.jpg"), TestPhotos.HtmlNamedJpg());
        File.WriteAllBytes(site.Outside, TestPhotos.CameraJpeg(800, 600, seed: 215));
        File.CreateSymbolicLink(Path.Combine(february, "linked.jpg"), site.Outside);

        File.WriteAllText(site.Export, Xml);
        return site;
    }

    private static string Attachment(long id, string title, string url, string? attachedFile, long parent, string excerpt = "", string? alt = null) => $"""
        	<item>
        		<title><![CDATA[{title}]]></title>
        		<link>{Site}/?attachment_id={id}</link>
        		<dc:creator><![CDATA[layla]]></dc:creator>
        		<content:encoded><![CDATA[]]></content:encoded>
        		<excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
        		<wp:post_id>{id}</wp:post_id>
        		<wp:post_date><![CDATA[2026-02-21 12:00:00]]></wp:post_date>
        		<wp:post_date_gmt><![CDATA[2026-02-21 09:00:00]]></wp:post_date_gmt>
        		<wp:status><![CDATA[inherit]]></wp:status>
        		<wp:post_parent>{parent}</wp:post_parent>
        		<wp:post_type><![CDATA[attachment]]></wp:post_type>
        		<wp:attachment_url><![CDATA[{url}]]></wp:attachment_url>
        		{(attachedFile is null ? "" : $"<wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key><wp:meta_value><![CDATA[{attachedFile}]]></wp:meta_value></wp:postmeta>")}
        		{(alt is null ? "" : $"<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[{alt}]]></wp:meta_value></wp:postmeta>")}
        	</item>
        """;

    private static string Post(long id, string title, string slug, long featured, string content) => $"""
        	<item>
        		<title><![CDATA[{title}]]></title>
        		<link>{Site}/2026/02/21/{slug}/</link>
        		<dc:creator><![CDATA[layla]]></dc:creator>
        		<content:encoded><![CDATA[{content}]]></content:encoded>
        		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
        		<wp:post_id>{id}</wp:post_id>
        		<wp:post_date><![CDATA[2026-02-21 12:30:00]]></wp:post_date>
        		<wp:post_date_gmt><![CDATA[2026-02-21 09:30:00]]></wp:post_date_gmt>
        		<wp:post_name><![CDATA[{slug}]]></wp:post_name>
        		<wp:status><![CDATA[publish]]></wp:status>
        		<wp:post_type><![CDATA[post]]></wp:post_type>
        		<category domain="category" nicename="local"><![CDATA[محليات]]></category>
        		<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[{featured}]]></wp:meta_value></wp:postmeta>
        	</item>
        """;

    private static readonly string Xml = $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0"
        	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
        	xmlns:content="http://purl.org/rss/1.0/modules/content/"
        	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
        	xmlns:dc="http://purl.org/dc/elements/1.1/"
        	xmlns:wp="http://wordpress.org/export/1.2/"
        >
        <channel>
        	<title>الجزيرة اليوم</title>
        	<link>{Site}</link>
        	<wp:wxr_version>1.2</wp:wxr_version>
        	<wp:base_site_url>{Site}</wp:base_site_url>
        	<wp:base_blog_url>{Site}</wp:base_blog_url>
        	<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[layla]]></wp:author_login><wp:author_display_name><![CDATA[ليلى داود]]></wp:author_display_name></wp:author>
        	<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename><![CDATA[local]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[محليات]]></wp:cat_name></wp:category>
        {Attachment(302, "IMG_2034", Uploads + "/2026/02/souq-scaled.jpg", "2026/02/souq-scaled.jpg", 102)}
        {Post(101, "تراجع منسوب الفرات قرب الرقة", "euphrates-low", 301, $"""
            انخفض منسوب نهر الفرات قرب الرقة إلى أدنى مستوى منذ عقود.

            [caption id="attachment_301" align="aligncenter" width="1024"]<a href="{Uploads}/2026/02/euphrates.jpg"><img class="size-large wp-image-301" src="{Uploads}/2026/02/euphrates-1024x576.jpg" alt="مجرى الفرات" width="1024" height="576" /></a> {EuphratesCaption}[/caption]

            قال مزارعون إن مضخاتهم توقفت.

            <img class="alignnone size-medium wp-image-303" src="{LostImage}" alt="صورة ضاع ملفها" width="300" height="200" />

            <img src="{OrphanImage}" alt="صورة بلا مرفق" />
            """)}
        {Post(102, SouqHeadline, "souq", 302, $"""
            <!-- wp:paragraph -->
            <p>افتتح سوق الهال الجديد أبوابه صباح الأحد.</p>
            <!-- /wp:paragraph -->

            <!-- wp:image {"{"}"id":302,"sizeSlug":"large","linkDestination":"none"{"}"} -->
            <figure class="wp-block-image size-large"><img src="{Uploads}/2026/02/souq-1024x768.jpg" alt="{SouqAlt}" class="wp-image-302"/><figcaption class="wp-element-caption">{SouqCaption}</figcaption></figure>
            <!-- /wp:image -->
            """)}
        {Attachment(301, "euphrates", Uploads + "/2026/02/euphrates.jpg", "2026/02/euphrates.jpg", 101, EuphratesCaption, EuphratesAlt)}
        {Attachment(303, "lost", Uploads + "/2026/01/lost.jpg", "2026/01/lost.jpg", 101)}
        {Attachment(304, "passwd", Uploads + "/..%2F..%2Fsecret.jpg", null, 101)}
        {Attachment(305, "shadow", Uploads + "/2026/02/shadow.jpg", "../../secret.jpg", 101)}
        {Attachment(306, "linked", Uploads + "/2026/02/linked.jpg", "2026/02/linked.jpg", 101)}
        {Attachment(307, "notes", Uploads + "/2026/02/notes.jpg", "2026/02/notes.jpg", 101)}
        </channel>
        </rss>
        """;
}
