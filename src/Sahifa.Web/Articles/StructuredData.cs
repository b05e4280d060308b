using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Articles;

/// A public correction as structured data states it (schema.org `correction`).
/// Nothing produces these until corrections exist (issue 5).
public sealed record PublicCorrection(string Text, DateTime PublishedAt);

/// schema.org JSON-LD for `<script type="application/ld+json">`: NewsArticle and BreadcrumbList
/// on article pages, WebSite with a SearchAction on the front page.
///
/// The result goes into the page with Html.Raw, which is safe only because of the encoder: it
/// keeps Arabic as it is but writes &lt; &gt; &amp; ' " as \u003C, \u003E..., so no headline can
/// close the script element ("&lt;/script&gt;") or open a comment ("&lt;!--") inside it.
public sealed class StructuredData(IOptionsMonitor<SiteOptions> site, SiteDates dates)
{
    private const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string NewsArticle(ArticleView article, string origin, IReadOnlyList<PublicCorrection> corrections)
    {
        var url = origin + article.Url;
        var published = article.PublishedAt ?? article.UpdatedAt;
        var node = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "NewsArticle",
            ["@id"] = url + "#article",
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["url"] = url,
            ["headline"] = article.Headline,
            ["inLanguage"] = "ar",
            ["datePublished"] = dates.Machine(published),
            ["dateModified"] = dates.Machine(Freshness.Later(article.UpdatedAt, published)),
            ["author"] = Authors(article, origin),
            ["publisher"] = Publisher(origin),
            ["articleSection"] = article.SectionName,
            ["genre"] = ArticleLabels.Of(article.TypeOfWork),
            ["isAccessibleForFree"] = true,
        };
        if (article.LeadImage is { } photo)
        {
            // Google asks for large images in several aspect ratios; ours keep the photograph's
            // own, so the widest renditions are listed, largest first.
            node["image"] = Array(photo.Renditions.Where(r => r.ContentType == "image/jpeg" && r.Width >= 1200)
                .DefaultIfEmpty(photo.Largest)
                .OrderByDescending(r => r.Width)
                .Select(r => (JsonNode?)new JsonObject
                {
                    ["@type"] = "ImageObject",
                    ["url"] = origin + r.Path,
                    ["width"] = r.Width,
                    ["height"] = r.Height,
                }));
        }

        if (article.Standfirst.Length > 0)
        {
            node["description"] = article.Standfirst;
        }

        if (article.Tags.Count > 0)
        {
            node["keywords"] = Array(article.Tags.Select(t => (JsonNode?)t.Name));
        }

        if (article.Sources.Count > 0)
        {
            node["citation"] = Array(article.Sources.Select(Citation));
        }

        if (corrections.Count > 0)
        {
            node["correction"] = Array(corrections.Select(c => (JsonNode?)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = dates.Machine(c.PublishedAt),
            }));
        }

        return Serialize(node);
    }

    /// الرئيسية › the section › the article, as the breadcrumbs on the page.
    public string Breadcrumbs(ArticleView article, string origin) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = Array(new[]
        {
            ("الرئيسية", origin + ArticleUrls.Front()),
            (article.SectionName, origin + ArticleUrls.Section(article.SectionSlug)),
            (article.Headline, origin + article.Url),
        }.Select((crumb, i) => (JsonNode?)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = crumb.Item1,
            ["item"] = crumb.Item2,
        })),
    });

    /// The site as a whole, with the search box search engines may offer (`/search?q=`).
    public string WebSite(string origin) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["@id"] = origin + "/#website",
        ["name"] = site.CurrentValue.Name,
        ["description"] = site.CurrentValue.Tagline,
        ["url"] = origin + ArticleUrls.Front(),
        ["inLanguage"] = "ar",
        ["publisher"] = Publisher(origin),
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = origin + ArticleUrls.SearchTemplate,
            },
            ["query-input"] = "required name=search_term_string",
        },
    });

    // Named authors are people with their archive pages; a desk byline is the newsroom itself.
    private JsonNode Authors(ArticleView article, string origin) =>
        article.Authors.Count > 0
            ? Array(article.Authors.Select(a => (JsonNode?)new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = a.Name,
                ["url"] = origin + ArticleUrls.Author(a.Slug),
            }))
            : new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = article.DeskName ?? site.CurrentValue.DefaultDesk,
                ["url"] = origin + ArticleUrls.Front(),
            };

    private JsonObject Publisher(string origin) => new()
    {
        ["@type"] = "NewsMediaOrganization",
        ["@id"] = origin + "/#publisher",
        ["name"] = site.CurrentValue.Name,
        ["url"] = origin + ArticleUrls.Front(),
        ["logo"] = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = site.CurrentValue.Logo.StartsWith('/') ? origin + site.CurrentValue.Logo : site.CurrentValue.Logo,
        },
    };

    // A cited outlet: its own site when we know it, otherwise just its name.
    private static JsonNode? Citation(CitedSource source)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["name"] = source.Name };
        if (source.Url is { Length: > 0 } url)
        {
            work["url"] = url;
        }

        return work;
    }

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static string Serialize(JsonNode node) => node.ToJsonString(Json);
}
