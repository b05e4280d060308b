using Sahifa.Web.Sitemaps;

namespace Sahifa.Web.Tests.Sitemaps;

public class SitemapNameTests
{
    [Theory]
    [InlineData("pages", SitemapKind.Pages, 1, 0, 0)]
    [InlineData("sections", SitemapKind.Sections, 1, 0, 0)]
    [InlineData("tags-2", SitemapKind.Tags, 2, 0, 0)]
    [InlineData("sources-17", SitemapKind.Sources, 17, 0, 0)]
    [InlineData("authors", SitemapKind.Authors, 1, 0, 0)]
    [InlineData("articles-2026-03", SitemapKind.Articles, 1, 2026, 3)]
    [InlineData("articles-2026-12-12", SitemapKind.Articles, 12, 2026, 12)]
    [InlineData("articles-0999-01", SitemapKind.Articles, 1, 999, 1)]
    public void Names_parse_and_print_back_the_same(string name, SitemapKind kind, int page, int year, int month)
    {
        Assert.True(SitemapName.TryParse(name, out var parsed));

        Assert.Equal(new SitemapName(kind, page, year, month), parsed);
        Assert.Equal(name, parsed.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("news")]
    [InlineData("pages-2")]
    [InlineData("tags-1")] // page 1 has no suffix: one name per file
    [InlineData("tags-02")]
    [InlineData("tags-0")]
    [InlineData("tags--2")]
    [InlineData("tags-x")]
    [InlineData("tags-2-3")]
    [InlineData("Tags")]
    [InlineData("articles")]
    [InlineData("articles-2026")]
    [InlineData("articles-2026-3")]
    [InlineData("articles-2026-13")]
    [InlineData("articles-2026-00")]
    [InlineData("articles-26-03")]
    [InlineData("articles-٢٠٢٦-٠٣")]
    [InlineData("articles-2026-03-1")]
    [InlineData("articles-2026-03-2-2")]
    [InlineData("articles-+202-03")]
    public void Anything_else_is_not_a_sitemap(string? name)
    {
        Assert.False(SitemapName.TryParse(name, out _));
    }
}
