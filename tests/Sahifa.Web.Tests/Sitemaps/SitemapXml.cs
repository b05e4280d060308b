using System.Net;
using System.Xml;
using Sahifa.Web.Sitemaps;

namespace Sahifa.Web.Tests.Sitemaps;

/// Sitemaps read back as XML, with DTDs refused, the way a crawler reads them.
public static class SitemapXml
{
    public static XmlNamespaceManager Namespaces { get; } = Make();

    public static async Task<XmlDocument> GetXmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var document = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        document.Load(reader);
        return document;
    }

    public static IReadOnlyList<string> Texts(this XmlDocument document, string xpath) =>
        document.SelectNodes(xpath, Namespaces)!.Cast<XmlNode>().Select(n => n.InnerText).ToList();

    /// The path of an absolute URL on the test host, so a list compares with ArticleUrls.
    public static string PathOf(string url) => new Uri(url).PathAndQuery;

    private static XmlNamespaceManager Make()
    {
        var namespaces = new XmlNamespaceManager(new NameTable());
        namespaces.AddNamespace("s", SitemapWriter.Namespace);
        namespaces.AddNamespace("news", SitemapWriter.NewsNamespace);
        namespaces.AddNamespace("image", SitemapWriter.ImageNamespace);
        return namespaces;
    }
}
