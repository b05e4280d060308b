using System.Text;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

public sealed class WxrReaderTests
{
    private static WxrSurvey Survey(string name)
    {
        using var file = File.OpenRead(Exports.PathOf(name));
        return WxrReader.Survey(file);
    }

    private static ImportException Refused(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Assert.Throws<ImportException>(() => WxrReader.Survey(stream));
    }

    [Fact]
    public void Both_wxr_versions_are_read_with_their_site_authors_terms_items_and_comments()
    {
        var jazira = Survey(Exports.Jazira);
        var small = Survey(Exports.Small11);

        Assert.Equal(new WxrSite("1.2", "الجزيرة اليوم", "https://jazira.example", "https://jazira.example"), jazira.Site);
        Assert.Equal((2, 7, 11, 6), (jazira.Authors, jazira.Terms, jazira.Items, jazira.Comments));
        Assert.Equal("1.1", small.Site.Version);
        Assert.Equal("/news", small.Site.BlogPath);
        Assert.Equal((1, 0, 1, 0), (small.Authors, small.Terms, small.Items, small.Comments));
    }

    [Fact]
    public void Items_carry_decoded_slugs_terms_meta_and_threaded_comments()
    {
        using var file = File.OpenRead(Exports.PathOf(Exports.Jazira));
        var items = WxrReader.Read(file).OfType<WxrItem>().ToList();

        var first = items[0];
        Assert.Equal(101, first.Id);
        Assert.Equal("تراجع-منسوب-الفرات-قرب-الرقة", first.Slug);
        Assert.Equal(new DateTime(2026, 2, 21, 9, 30, 0), first.DateGmt);
        Assert.Equal(["سياسة", "اقتصاد", "الرقة", "المياه"], first.Terms.Select(t => t.Name));
        Assert.Equal("سياسة", first.Terms[0].Nicename);
        Assert.Equal("301", first.Meta["_thumbnail_id"]);
        Assert.Equal([0L, 11, 13, 0, 0, 0], first.Comments.Select(c => c.ParentId));
        Assert.Null(items.Single(i => i.Id == 103).DateGmt);
        Assert.Null(items.Single(i => i.Id == 103).Slug);
        Assert.Null(items.Single(i => i.Id == 108).Creator);
    }

    [Theory]
    [InlineData("xxe.xml")]
    [InlineData("billion-laughs.xml")]
    public void A_dtd_is_refused_before_any_entity_is_expanded_or_resolved(string name)
    {
        var error = Assert.Throws<ImportException>(() => Survey(name));

        Assert.Equal(ImportException.DtdRefused, error.Code);
        Assert.Equal(2, error.Line);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_the_line_of_the_fault()
    {
        var error = Assert.Throws<ImportException>(() => Survey("truncated.xml"));

        Assert.Equal(ImportException.MalformedXml, error.Code);
        Assert.Equal(28, error.Line);
        Assert.Contains("line 28", error.Message);
        Assert.Contains("السطر 28", error.Detail);
    }

    [Fact]
    public void A_plain_rss_feed_is_not_a_wordpress_export() =>
        Assert.Equal(ImportException.NotWordPress, Assert.Throws<ImportException>(() => Survey("plain-rss.xml")).Code);

    [Theory]
    [InlineData("<html><body>not an export</body></html>", ImportException.NotWordPress)]
    [InlineData("{\"posts\": []}", ImportException.MalformedXml)]
    [InlineData("", ImportException.MalformedXml)]
    [InlineData("<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"></rss>", ImportException.NotWordPress)]
    public void Other_files_are_refused_with_a_clear_code(string xml, string code) =>
        Assert.Equal(code, Refused(xml).Code);
}
