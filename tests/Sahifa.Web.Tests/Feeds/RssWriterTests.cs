using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Tests.Feeds;

public class RssWriterTests
{
    [Theory]
    [MemberData(nameof(FeedSamples.AwkwardTitles), MemberType = typeof(FeedSamples))]
    public void Awkward_titles_round_trip_through_a_real_rss_parser(string title)
    {
        var xml = FeedSamples.Write(FeedFormat.Rss, FeedSamples.Document(title));

        var item = FeedSamples.Parse(xml, FeedFormat.Rss).Items.Single();

        Assert.Equal(title, item.Title.Text);
        Assert.Equal("مقدمة: «عادت» الشاحنات & السيارات.", FeedSamples.ShownAsHtml(item.Summary.Text));
        Assert.Contains("الحسكة & القامشلي", item.Categories.Select(c => c.Name));
    }

    [Fact]
    public void Rss_declares_arabic_and_carries_links_dates_bylines_and_full_text()
    {
        var xml = FeedSamples.Write(FeedFormat.Rss, FeedSamples.Document());

        var feed = FeedSamples.Parse(xml, FeedFormat.Rss);
        var item = feed.Items.Single();

        Assert.Equal("ar", feed.Language);
        Assert.Equal("اقتصاد | صحيفة", feed.Title.Text);
        Assert.Equal(new Uri("https://sahifa.example/sections/economy"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new Uri("https://sahifa.example/articles/7/bridge"), item.Links.Single().Uri);
        Assert.Equal("https://sahifa.example/articles/7/bridge", item.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 13, 0, 0, FeedSamples.Damascus), item.PublishDate);
        Assert.Equal(FeedSamples.Damascus, item.PublishDate.Offset);
        Assert.Equal(["ليلى داود", "سلمان الفرج"], item.ElementExtensions.ReadElementExtensions<string>("creator", RssWriter.DublinCoreNamespace));
        Assert.Equal("https://sahifa.example/sections/economy", item.Categories[0].Scheme);
        var content = item.ElementExtensions.ReadElementExtensions<string>("encoded", RssWriter.ContentNamespace).Single();
        Assert.Equal("<p>فقرة <a href=\"https://example.org/a?b=1&c=2\">رابط</a></p>", content);

        var self = FeedSamples.Xml(xml).SelectSingleNode("/rss/channel/*[local-name()='link' and @rel='self']") as XmlElement;
        Assert.Equal("https://sahifa.example/sections/economy/feed.xml", self!.GetAttribute("href"));
        Assert.Equal(RssWriter.AtomNamespace, self.NamespaceURI);
    }

    [Fact]
    public void Summary_only_feed_has_no_full_text()
    {
        var xml = FeedSamples.Write(FeedFormat.Rss, FeedSamples.Document(contentHtml: null));

        var item = FeedSamples.Parse(xml, FeedFormat.Rss).Items.Single();

        Assert.Empty(item.ElementExtensions.ReadElementExtensions<string>("encoded", RssWriter.ContentNamespace));
        Assert.Equal("مقدمة: «عادت» الشاحنات & السيارات.", FeedSamples.ShownAsHtml(item.Summary.Text));
    }

    [Theory]
    [MemberData(nameof(FeedSamples.AwkwardTitles), MemberType = typeof(FeedSamples))]
    [InlineData("مقدمة \"><svg onload=alert(1)> و<img src=x onerror=alert(2)>")]
    public void Descriptions_are_html_that_shows_the_plain_text_as_written(string text)
    {
        var sample = FeedSamples.Document();
        var xml = FeedSamples.Write(FeedFormat.Rss, sample with { Description = text, Entries = [sample.Entries[0] with { Summary = text }] });

        var feed = FeedSamples.Parse(xml, FeedFormat.Rss);

        foreach (var html in new[] { feed.Description.Text, feed.Items.Single().Summary.Text })
        {
            FeedSamples.AssertInert(html, "description");
            Assert.Equal(text, FeedSamples.ShownAsHtml(html));
        }
    }

    [Theory]
    [InlineData(2026, 3, 1, 13, 0, 3, 0, "Sun, 01 Mar 2026 13:00:00 +0300")]
    [InlineData(2026, 7, 15, 9, 5, 0, 0, "Wed, 15 Jul 2026 09:05:00 +0000")]
    [InlineData(2026, 12, 31, 23, 59, -4, -30, "Thu, 31 Dec 2026 23:59:00 -0430")]
    [InlineData(2026, 1, 2, 0, 0, 5, 45, "Fri, 02 Jan 2026 00:00:00 +0545")]
    public void Dates_are_rfc_822_in_english_with_a_numeric_offset(int year, int month, int day, int hour, int minute, int offsetHours, int offsetMinutes, string expected)
    {
        var instant = new DateTimeOffset(year, month, day, hour, minute, 0, new TimeSpan(offsetHours, offsetMinutes, 0));

        Assert.Equal(expected, RssWriter.Rfc822(instant));
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_rather_than_breaking_the_feed()
    {
        var xml = FeedSamples.Write(FeedFormat.Rss, FeedSamples.Document("سطر\u000Bأول\u0000 و\uD800ثانٍ 🙂"));

        var item = FeedSamples.Parse(xml, FeedFormat.Rss).Items.Single();

        Assert.Equal("سطرأول وثانٍ 🙂", item.Title.Text);
    }

    [Fact]
    public void Rss_is_utf8_without_a_byte_order_mark_or_doctype()
    {
        var xml = FeedSamples.Write(FeedFormat.Rss, FeedSamples.Document());

        Assert.Equal((byte)'<', xml[0]);
        var text = Encoding.UTF8.GetString(xml);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.DoesNotContain("<!DOCTYPE", text);
        Assert.Contains("افتتاح جسر الخابور", text);
    }
}
