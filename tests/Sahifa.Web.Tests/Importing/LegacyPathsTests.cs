using Sahifa.Web.Feeds;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

public sealed class LegacyPathsTests
{
    [Theory]
    [InlineData("/2026/02/21/%D8%A7%D9%84%D8%B1%D9%82%D8%A9/", "/2026/02/21/الرقة")]
    [InlineData("/2026/02/21/%d8%a7%d9%84%d8%b1%d9%82%d8%a9/", "/2026/02/21/الرقة")]
    [InlineData("/2026/02/21/%d8%A7%D9%84%d8%b1%d9%82%d8%a9", "/2026/02/21/الرقة")]
    [InlineData("/2026/02/21/الرقة/", "/2026/02/21/الرقة")]
    [InlineData("//Category//News/", "/category/news")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("slug", "/slug")]
    public void Addresses_compare_equal_however_their_encoding_was_written(string path, string key) =>
        Assert.Equal(key, LegacyPaths.Normalize(path));

    [Fact]
    public void A_post_answers_on_its_permalink_its_id_and_the_usual_structures()
    {
        var paths = LegacyPaths.ForPost("/news", 42, "https://old.example/news/2026/02/21/hello/", "hello", new DateTime(2026, 2, 21)).ToList();

        Assert.Equal(["/news/2026/02/21/hello", "/news/?p=42", "/news/archives/42", "/news/hello", "/news/2026/02/hello"], paths.Distinct());
    }

    [Theory]
    [InlineData("/category/news/feed", "/category/news", FeedFormat.Rss, 0)]
    [InlineData("/tag/x/feed/atom", "/tag/x", FeedFormat.Atom, 0)]
    [InlineData("/category/news/page/3", "/category/news", null, 3)]
    [InlineData("/2026/02/21/hello/amp", "/2026/02/21/hello", null, 0)]
    [InlineData("/feed", "/", FeedFormat.Rss, 0)]
    public void Feeds_pages_and_amp_copies_are_split_from_the_page_they_belong_to(string key, string baseKey, FeedFormat? feed, int page) =>
        Assert.Equal((baseKey, new LegacyPaths.Suffix(feed, page)), LegacyPaths.SplitSuffix(key));

    [Theory]
    [InlineData("/sections/news", FeedFormat.Atom, 0, "/sections/news/atom.xml")]
    [InlineData("/tags/x", null, 2, "/tags/x?page=2")]
    [InlineData("/articles/4/x", FeedFormat.Rss, 0, "/articles/4/x")]
    [InlineData("/", FeedFormat.Rss, 0, "/feed.xml")]
    [InlineData("/", null, 2, "/?page=2")]
    public void A_suffix_maps_to_the_new_feed_or_page(string target, FeedFormat? feed, int page, string location) =>
        Assert.Equal(location, LegacyPaths.Apply(target, new LegacyPaths.Suffix(feed, page)));
}
