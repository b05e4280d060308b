using System.Globalization;
using System.Text;
using System.Xml;

namespace Sahifa.Import.Bench;

/// Writes a WXR 1.2 export shaped like a real Arabic news site's: classic and block posts with
/// captions and links, a few categories, many tags, a handful of authors, threaded comments.
internal static class ExportGenerator
{
    private const string Wp = "http://wordpress.org/export/1.2/";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly string[] Sections = ["سياسة", "اقتصاد", "مجتمع", "ثقافة", "رياضة", "محليات", "تقارير", "رأي"];
    private static readonly string[] Words =
    [
        "الرقة", "الحسكة", "القامشلي", "دير", "الزور", "الفرات", "المجلس", "المحلي", "أعلن", "اليوم", "مصادر", "محلية",
        "المزارعون", "القمح", "المياه", "الكهرباء", "المدارس", "الطلاب", "الأسعار", "السوق", "الطريق", "الجسر", "مشروع",
        "جديد", "قال", "إن", "في", "من", "على", "بعد", "قبل", "خلال", "الأسبوع", "الماضي", "المقبل", "تقرير", "بيان",
    ];

    public readonly record struct Written(int Posts, int Comments);

    public static Written Write(string path, int posts)
    {
        var random = new Random(20260301);
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument();
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "excerpt", null, Excerpt);
        writer.WriteAttributeString("xmlns", "content", null, Content);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteAttributeString("xmlns", "wp", null, Wp);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", "الجزيرة اليوم");
        writer.WriteElementString("wxr_version", Wp, "1.2");
        writer.WriteElementString("base_site_url", Wp, "https://jazira.example");
        writer.WriteElementString("base_blog_url", Wp, "https://jazira.example");
        for (var a = 1; a <= 12; a++)
        {
            writer.WriteStartElement("author", Wp);
            writer.WriteElementString("author_id", Wp, a.ToString(CultureInfo.InvariantCulture));
            writer.WriteElementString("author_login", Wp, $"writer{a}");
            writer.WriteElementString("author_display_name", Wp, $"كاتب {Words[a]} {Words[a + 10]}");
            writer.WriteEndElement();
        }

        for (var i = 0; i < Sections.Length; i++)
        {
            writer.WriteStartElement("category", Wp);
            writer.WriteElementString("term_id", Wp, (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteElementString("category_nicename", Wp, Uri.EscapeDataString(Sections[i]).ToLowerInvariant());
            writer.WriteElementString("cat_name", Wp, Sections[i]);
            writer.WriteEndElement();
        }

        var comments = 0;
        var commentId = 1;
        for (var id = 1; id <= posts; id++)
        {
            var title = Sentence(random, 6 + random.Next(6));
            var slug = $"{Uri.EscapeDataString(title.Replace(' ', '-')).ToLowerInvariant()}-{id}";
            var date = new DateTime(2015, 1, 1).AddMinutes(id * 47L);
            var status = (id % 50) switch { 0 => "draft", 1 => "pending", 2 => "private", _ => "publish" };
            writer.WriteStartElement("item");
            writer.WriteElementString("title", title);
            writer.WriteElementString("link", $"https://jazira.example/{date:yyyy'/'MM'/'dd}/{slug}/");
            writer.WriteElementString("creator", Dc, $"writer{1 + (id % 12)}");
            writer.WriteStartElement("encoded", Content);
            writer.WriteCData(Body(random, id));
            writer.WriteEndElement();
            writer.WriteStartElement("encoded", Excerpt);
            writer.WriteCData(Sentence(random, 14));
            writer.WriteEndElement();
            writer.WriteElementString("post_id", Wp, id.ToString(CultureInfo.InvariantCulture));
            writer.WriteElementString("post_date", Wp, date.AddHours(3).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteElementString("post_date_gmt", Wp, date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteElementString("comment_status", Wp, "open");
            writer.WriteElementString("post_name", Wp, slug);
            writer.WriteElementString("status", Wp, status);
            writer.WriteElementString("post_type", Wp, "post");
            var section = Sections[id % Sections.Length];
            Term(writer, "category", Uri.EscapeDataString(section).ToLowerInvariant(), section);
            for (var t = 0; t < 3; t++)
            {
                var tag = $"{Words[random.Next(Words.Length)]} {random.Next(700)}";
                Term(writer, "post_tag", Uri.EscapeDataString(tag.Replace(' ', '-')).ToLowerInvariant(), tag);
            }

            // Three comments on average; every third a reply to the one before.
            var count = random.Next(7);
            for (var c = 0; c < count; c++, commentId++, comments++)
            {
                writer.WriteStartElement("comment", Wp);
                writer.WriteElementString("comment_id", Wp, commentId.ToString(CultureInfo.InvariantCulture));
                writer.WriteElementString("comment_author", Wp, $"قارئ {random.Next(5000)}");
                writer.WriteElementString("comment_author_email", Wp, $"reader{random.Next(5000)}@example.org");
                writer.WriteElementString("comment_date_gmt", Wp, date.AddHours(c + 1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                writer.WriteElementString("comment_content", Wp, Sentence(random, 8 + random.Next(30)));
                writer.WriteElementString("comment_approved", Wp, c % 5 == 4 ? "0" : "1");
                writer.WriteElementString("comment_type", Wp, "comment");
                writer.WriteElementString("comment_parent", Wp, c % 3 == 2 ? (commentId - 1).ToString(CultureInfo.InvariantCulture) : "0");
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
        return new Written(posts, comments);
    }

    private static void Term(XmlWriter writer, string domain, string nicename, string name)
    {
        writer.WriteStartElement("category");
        writer.WriteAttributeString("domain", domain);
        writer.WriteAttributeString("nicename", nicename);
        writer.WriteCData(name);
        writer.WriteEndElement();
    }

    private static string Body(Random random, int id)
    {
        var body = new StringBuilder();
        if (id % 3 == 0)
        {
            // A block-editor post.
            for (var p = 0; p < 6; p++)
            {
                body.Append("<!-- wp:paragraph -->\n<p>").Append(Sentence(random, 30)).Append("</p>\n<!-- /wp:paragraph -->\n\n");
            }

            body.Append("<!-- wp:heading -->\n<h2>").Append(Sentence(random, 4)).Append("</h2>\n<!-- /wp:heading -->\n\n");
            body.Append("<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://jazira.example/wp-content/uploads/")
                .Append(id).Append(".jpg\" alt=\"صورة\"/><figcaption>").Append(Sentence(random, 6)).Append("</figcaption></figure>\n<!-- /wp:image -->");
            return body.ToString();
        }

        for (var p = 0; p < 6; p++)
        {
            body.Append(Sentence(random, 30));
            if (p == 2)
            {
                body.Append(" <a href=\"https://example.org/").Append(id).Append("\">").Append(Sentence(random, 3)).Append("</a>");
            }

            body.Append(p == 1 ? "\n" : "\n\n");
        }

        body.Append("[caption id=\"attachment_1\" width=\"800\"]<img src=\"https://jazira.example/wp-content/uploads/")
            .Append(id).Append(".jpg\" alt=\"صورة\" /> ").Append(Sentence(random, 5)).Append("[/caption]");
        return body.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }
}
