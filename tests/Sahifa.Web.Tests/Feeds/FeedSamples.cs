using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Tests.Feeds;

/// Feeds for the writer tests, and the real parsers that read them back.
public static class FeedSamples
{
    public static readonly TimeSpan Damascus = TimeSpan.FromHours(3);

    /// Headlines that have broken feeds elsewhere: markup characters, a closing script tag,
    /// Arabic punctuation and quotes, Eastern digits, a Latin token inside RTL text.
    public static TheoryData<string> AwkwardTitles => new()
    {
        "عاجل: «الإدارة» تعلن & تنفي <رسمياً> \"الخبر\"؟",
        "</script><script>alert('x')</script> في الرقة",
        "طريق M4 والــرقة: ٣ معابر؛ هل تُفتح، أم لا؟ ]]> &amp;",
    };

    public static FeedDocument Document(string title = "افتتاح جسر الخابور", string? contentHtml = "<p>فقرة <a href=\"https://example.org/a?b=1&c=2\">رابط</a></p>") =>
        new(
            "اقتصاد | صحيفة",
            "آخر المواد في قسم اقتصاد",
            "https://sahifa.example/sections/economy",
            "https://sahifa.example/sections/economy/feed.xml",
            "https://sahifa.example/favicon.svg",
            new DateTimeOffset(2026, 3, 1, 13, 30, 0, Damascus),
            [
                new FeedEntry(
                    "https://sahifa.example/articles/7/bridge",
                    title,
                    "مقدمة: «عادت» الشاحنات & السيارات.",
                    contentHtml,
                    new DateTimeOffset(2026, 3, 1, 13, 0, 0, Damascus),
                    new DateTimeOffset(2026, 3, 1, 13, 30, 0, Damascus),
                    [new FeedPerson("ليلى داود", "https://sahifa.example/authors/layla"), new FeedPerson("سلمان الفرج", null)],
                    [new FeedCategory("اقتصاد", "https://sahifa.example/sections/economy"), new FeedCategory("الحسكة & القامشلي", "https://sahifa.example/tags/hasakah")]),
            ]);

    public static byte[] Write(FeedFormat format, FeedDocument feed)
    {
        using var stream = new MemoryStream();
        format.Write(stream, feed);
        return stream.ToArray();
    }

    /// System.ServiceModel.Syndication, with DTDs refused as a feed reader should.
    public static SyndicationFeed Parse(byte[] xml, FeedFormat format)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"not {format}:\n{Encoding.UTF8.GetString(xml)}");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    public static XmlDocument Xml(byte[] xml)
    {
        var document = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        document.Load(reader);
        return document;
    }

    private static readonly HtmlParser HtmlReader = new();

    // Elements that run script, load something or draw outside the text when a reader renders
    // a field as HTML. An article's own pictures are <img> with an http(s) source or none (the
    // sanitiser drops a javascript: one); any other <img> is someone else's.
    private static readonly string[] LiveElements =
        ["script", "svg", "math", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form", "input", "video", "audio"];

    /// What a reader shows for a field it renders as HTML: the field's text (already XML or
    /// JSON decoded) parsed as HTML, its visible text.
    public static string ShownAsHtml(string html) => HtmlReader.ParseDocument($"<body>{html}</body>").Body!.TextContent;

    /// Fails when a field a reader renders as HTML would bring an element or attribute to life:
    /// a script-capable or loading element, an on* handler, or a javascript:/data: URL.
    public static void AssertInert(string html, string field)
    {
        var body = HtmlReader.ParseDocument($"<body>{html}</body>").Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.False(LiveElements.Contains(element.LocalName), $"{field}: live <{element.LocalName}> in {html}");
            Assert.False(
                element.LocalName == "img" && element.GetAttribute("src") is { } src
                    && !src.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !src.StartsWith("http://", StringComparison.OrdinalIgnoreCase),
                $"{field}: live <img> in {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{field}: handler {attribute.Name} in {html}");
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                Assert.False(
                    value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase),
                    $"{field}: script URL in {attribute.Name} in {html}");
            }
        }
    }
}
