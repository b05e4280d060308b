using System.ServiceModel.Syndication;
using System.Xml;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Tests.Feeds;

public class AtomWriterTests
{
    [Theory]
    [MemberData(nameof(FeedSamples.AwkwardTitles), MemberType = typeof(FeedSamples))]
    public void Awkward_titles_round_trip_through_a_real_atom_parser(string title)
    {
        var xml = FeedSamples.Write(FeedFormat.Atom, FeedSamples.Document(title));

        var item = FeedSamples.Parse(xml, FeedFormat.Atom).Items.Single();

        Assert.Equal(title, item.Title.Text);
        Assert.Equal("مقدمة: «عادت» الشاحنات & السيارات.", item.Summary.Text);
    }

    [Fact]
    public void Atom_declares_arabic_and_carries_links_dates_authors_and_full_text()
    {
        var xml = FeedSamples.Write(FeedFormat.Atom, FeedSamples.Document());

        var feed = FeedSamples.Parse(xml, FeedFormat.Atom);
        var item = feed.Items.Single();

        Assert.Equal("ar", FeedSamples.Xml(xml).DocumentElement!.GetAttribute("xml:lang"));
        Assert.Equal(AtomWriter.Namespace, FeedSamples.Xml(xml).DocumentElement!.NamespaceURI);
        Assert.Equal("https://sahifa.example/sections/economy/feed.xml", feed.Id);
        Assert.Equal(new Uri("https://sahifa.example/sections/economy/feed.xml"), feed.Links.Single(l => l.RelationshipType == "self").Uri);
        Assert.Equal(new Uri("https://sahifa.example/sections/economy"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 13, 30, 0, FeedSamples.Damascus), feed.LastUpdatedTime);

        Assert.Equal("https://sahifa.example/articles/7/bridge", item.Id);
        Assert.Equal(new Uri("https://sahifa.example/articles/7/bridge"), item.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 13, 0, 0, FeedSamples.Damascus), item.PublishDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 13, 30, 0, FeedSamples.Damascus), item.LastUpdatedTime);
        Assert.Equal(["ليلى داود", "سلمان الفرج"], item.Authors.Select(a => a.Name));
        Assert.Equal("https://sahifa.example/authors/layla", item.Authors[0].Uri);
        Assert.Equal(["اقتصاد", "الحسكة & القامشلي"], item.Categories.Select(c => c.Name));
        var content = Assert.IsType<TextSyndicationContent>(item.Content);
        Assert.Equal("html", content.Type);
        Assert.Equal("<p>فقرة <a href=\"https://example.org/a?b=1&c=2\">رابط</a></p>", content.Text);
    }

    [Fact]
    public void Summary_only_entries_have_no_content()
    {
        var xml = FeedSamples.Write(FeedFormat.Atom, FeedSamples.Document(contentHtml: null));

        var item = FeedSamples.Parse(xml, FeedFormat.Atom).Items.Single();

        Assert.Null(item.Content);
        Assert.Equal("مقدمة: «عادت» الشاحنات & السيارات.", item.Summary.Text);
    }

    [Fact]
    public void Dates_are_rfc_3339_with_the_offset()
    {
        var xml = FeedSamples.Write(FeedFormat.Atom, FeedSamples.Document());

        var namespaces = new XmlNamespaceManager(new NameTable());
        namespaces.AddNamespace("a", AtomWriter.Namespace);
        var published = FeedSamples.Xml(xml).SelectSingleNode("/a:feed/a:entry/a:published", namespaces)!.InnerText;

        Assert.Equal("2026-03-01T13:00:00+03:00", published);
    }
}
