namespace Sahifa.Web.Sitemaps;

/// `Sahifa:Sitemaps` in configuration.
public sealed class SitemapOptions
{
    // The sitemaps protocol allows at most 50,000 URLs (and 50 MB) in one file. Smaller pages
    // are only useful to test the splitting without writing 50,000 articles.
    public int PageSize { get; set; } = SitemapWriter.MaxUrls;
}
