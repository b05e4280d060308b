using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sahifa.Arabic;
using Sahifa.Web.Media;

namespace Sahifa.Web.Articles;

/// Turns an article's Markdown into the HTML stored beside it and served on its page.
/// Rendered once on save, so a page view never runs Markdig or the sanitiser.
public sealed class ArticleBody
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml() // raw HTML in Markdown is escaped, not passed through
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseFigures()
        .Build();

    private static readonly HtmlParser Parser = new();

    private readonly HtmlSanitizer _sanitizer;
    private readonly string _siteHost;

    public ArticleBody(string siteHost = "")
    {
        _siteHost = siteHost;
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "a", "em", "strong", "del", "ins",
                "code", "pre", "br", "hr", "figure", "figcaption", "img", "table", "thead", "tbody", "tr",
                "th", "td", "sub", "sup", "mark", "cite", "q", "bdi",
                // h1 is allowed in so it can be demoted below: the page has exactly one h1.
                "h1",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "dir", "colspan", "rowspan",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "https", "http", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
        });
    }

    public string ToHtml(string markdown) => ToHtml(markdown, NoPhotos);

    private static readonly Dictionary<string, MediaView> NoPhotos = new(StringComparer.Ordinal);

    /// The paths of the library's photographs that the Markdown's images point at, so the caller
    /// can read them before <see cref="ToHtml(string, IReadOnlyDictionary{string, MediaView})"/>.
    public static IReadOnlyCollection<string> PhotoPaths(string markdown) =>
        Markdown.Parse(markdown ?? "", Pipeline).Descendants<LinkInline>()
            .Where(link => link.IsImage)
            .Select(link => MediaUrls.PathOf(link.Url))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <param name="photos">The library's photographs by path: an image in the Markdown that
    /// names one becomes a figure with its renditions, caption and credit; other images stay
    /// plain `img` elements.</param>
    public string ToHtml(string markdown, IReadOnlyDictionary<string, MediaView> photos)
    {
        var raw = Markdown.ToHtml(markdown ?? "", Pipeline);
        var clean = _sanitizer.Sanitize(raw);
        using var document = Parser.ParseDocument($"<body>{clean}</body>");
        var body = document.Body!;

        foreach (var heading in body.QuerySelectorAll("h1").ToList())
        {
            Rename(heading, "h2");
        }

        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (IsExternal(link.GetAttribute("href")!))
            {
                link.SetAttribute("rel", "nofollow noopener");
            }

            // A Latin link text inside Arabic should not reorder its neighbours.
            link.SetAttribute("dir", "auto");
        }

        foreach (var image in body.QuerySelectorAll("img[src]").ToList())
        {
            if (MediaUrls.PathOf(image.GetAttribute("src")) is { } path && photos.TryGetValue(path, out var photo))
            {
                Place(image, photo);
            }
        }

        foreach (var code in body.QuerySelectorAll("code, pre"))
        {
            code.SetAttribute("dir", "ltr");
        }

        // Blocks written mostly in a Latin script (a quoted English statement) read left to right;
        // Arabic blocks inherit the page's rtl even when they open with "M4" or "Reuters".
        foreach (var block in body.QuerySelectorAll("p, li, blockquote, h2, h3, h4, figcaption, td, th"))
        {
            if (block.GetAttribute("dir") is null
                && Bidi.DominantDirection(block.TextContent) == TextDirection.LeftToRight)
            {
                block.SetAttribute("dir", "ltr");
            }
        }

        return body.InnerHtml;
    }

    // `![alt](url "caption")`: the writer's alt text and caption win over the library's. An image
    // alone in its paragraph becomes the paragraph's figure; one inside text stays inline.
    private static void Place(IElement image, MediaView photo)
    {
        var shown = photo.With(image.GetAttribute("alt"), image.GetAttribute("title"), null);
        var alone = image.ParentElement is { LocalName: "p" } p && p.ChildNodes.All(n => n == image || string.IsNullOrWhiteSpace(n.TextContent));
        var html = alone
            ? Pictures.Figure(shown, Pictures.ArticleSizes, Pictures.Loading.Lazy)
            : Pictures.Picture(shown, Pictures.ArticleSizes, Pictures.Loading.Lazy);
        var target = alone ? image.ParentElement! : image;
        target.Insert(AdjacentPosition.BeforeBegin, html);
        target.Remove();
    }

    private bool IsExternal(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && !string.Equals(uri.Host, _siteHost, StringComparison.OrdinalIgnoreCase);

    private static void Rename(IElement element, string tagName)
    {
        var replacement = element.Owner!.CreateElement(tagName);
        foreach (var attribute in element.Attributes)
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Replace(replacement);
    }
}
