using System.Globalization;
using System.Text;
using System.Text.Json;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Tests.Feeds;

public class JsonFeedWriterTests
{
    [Theory]
    [MemberData(nameof(FeedSamples.AwkwardTitles), MemberType = typeof(FeedSamples))]
    public void Awkward_titles_round_trip_through_a_json_parser(string title)
    {
        var json = FeedSamples.Write(FeedFormat.Json, FeedSamples.Document(title));

        using var feed = JsonDocument.Parse(json);

        Assert.Equal(title, feed.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Json_feed_has_every_required_field_of_version_1_1()
    {
        var json = FeedSamples.Write(FeedFormat.Json, FeedSamples.Document());

        using var feed = JsonDocument.Parse(json);
        var root = feed.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("اقتصاد | صحيفة", root.GetProperty("title").GetString());
        Assert.Equal("ar", root.GetProperty("language").GetString());
        Assert.Equal("https://sahifa.example/sections/economy", root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://sahifa.example/sections/economy/feed.xml", root.GetProperty("feed_url").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal("https://sahifa.example/articles/7/bridge", item.GetProperty("id").GetString());
        Assert.Equal("https://sahifa.example/articles/7/bridge", item.GetProperty("url").GetString());
        Assert.Equal("<p>فقرة <a href=\"https://example.org/a?b=1&c=2\">رابط</a></p>", item.GetProperty("content_html").GetString());
        Assert.Equal("مقدمة: «عادت» الشاحنات & السيارات.", item.GetProperty("summary").GetString());
        Assert.Equal(
            new DateTimeOffset(2026, 3, 1, 13, 0, 0, FeedSamples.Damascus),
            DateTimeOffset.Parse(item.GetProperty("date_published").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("2026-03-01T13:30:00+03:00", item.GetProperty("date_modified").GetString());
        Assert.Equal(["ليلى داود", "سلمان الفرج"], item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["اقتصاد", "الحسكة & القامشلي"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Summary_only_items_still_have_content_text_as_the_spec_requires()
    {
        var json = FeedSamples.Write(FeedFormat.Json, FeedSamples.Document(contentHtml: null));

        using var feed = JsonDocument.Parse(json);
        var item = feed.RootElement.GetProperty("items")[0];

        Assert.False(item.TryGetProperty("content_html", out _));
        Assert.Equal("مقدمة: «عادت» الشاحنات & السيارات.", item.GetProperty("content_text").GetString());
    }

    [Fact]
    public void Arabic_is_written_as_text_and_markup_characters_escaped()
    {
        var text = Encoding.UTF8.GetString(FeedSamples.Write(FeedFormat.Json, FeedSamples.Document("«عاجل» </script>")));

        Assert.Contains("«عاجل»", text);
        Assert.DoesNotContain("</script>", text);
    }
}
