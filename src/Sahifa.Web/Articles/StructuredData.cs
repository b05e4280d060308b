using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sahifa.Web.Editions;
using Sahifa.Web.Localisation;
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
// The interface text and editions are optional so a test can build one from the settings alone:
// it then writes for the one Arabic edition.
public sealed class StructuredData(IOptionsMonitor<SiteOptions> site, SiteDates dates, IStringLocalizer<InterfaceText>? text = null, SiteEditions? editions = null)
{
    private readonly IStringLocalizer _text = text ?? InterfaceText.Arabic;
    private readonly SiteEditions _editions = editions ?? new SiteEditions([]);

    private const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="translations">The story in other editions: the original, when this is a
    /// translation (`translationOfWork`), or its translations (`workTranslation`).</param>
    public string NewsArticle(ArticleView article, string origin, IReadOnlyList<PublicCorrection> corrections, IReadOnlyList<EditionLink>? translations = null)
    {
        var edition = Edition(article.Edition);
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
            ["inLanguage"] = article.Edition,
            ["datePublished"] = dates.Machine(published),
            ["dateModified"] = dates.Machine(Freshness.Later(article.UpdatedAt, published)),
            ["author"] = Authors(article, origin, edition),
            ["publisher"] = Publisher(origin),
            ["articleSection"] = article.SectionName,
            ["genre"] = _text.Of(article.TypeOfWork),
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

        if (translations is { Count: > 0 })
        {
            JsonNode Work(EditionLink link) => new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["@id"] = origin + link.Path + "#article",
                ["url"] = origin + link.Path,
                ["inLanguage"] = link.Edition.Code,
            };
            if (article.TranslationOfId is not null && translations.FirstOrDefault(t => t.IsOriginal) is { } original)
            {
                node["translationOfWork"] = Work(original);
            }
            else if (article.TranslationOfId is null)
            {
                node["workTranslation"] = Array(translations.Select(t => (JsonNode?)Work(t)));
            }
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
        // The page's own edition: the crumbs lead to its front page and section.
        ["@context"] = Context,
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = Array(new[]
        {
            (_text["Nav.Home"].Value, origin + Edition(article.Edition).Path(ArticleUrls.Front())),
            (article.SectionName, origin + Edition(article.Edition).Path(ArticleUrls.Section(article.SectionSlug))),
            (article.Headline, origin + article.Url),
        }.Select((crumb, i) => (JsonNode?)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = crumb.Item1,
            ["item"] = crumb.Item2,
        })),
    });

    /// The site as a whole in one edition, with the search box search engines may offer
    /// (`/search?q=`, `/en/search?q=`).
    public string WebSite(string origin, Edition edition) => Serialize(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["@id"] = origin + edition.Path("/") + "#website",
        ["name"] = site.CurrentValue.Name,
        ["description"] = edition.IsPrimary ? site.CurrentValue.Tagline : edition.Tagline ?? _text["Site.Tagline"],
        ["url"] = origin + edition.Path(ArticleUrls.Front()),
        ["inLanguage"] = edition.Code,
        ["publisher"] = Publisher(origin),
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = origin + edition.Path(ArticleUrls.SearchTemplate),
            },
            ["query-input"] = "required name=search_term_string",
        },
    });

    // Named authors are people with their archive pages; a desk byline is the newsroom itself.
    private JsonNode Authors(ArticleView article, string origin, Edition edition) =>
        article.Authors.Count > 0
            ? Array(article.Authors.Select(a => (JsonNode?)new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = a.Name,
                ["url"] = origin + edition.Path(ArticleUrls.Author(a.Slug)),
            }))
            : new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = article.DeskName ?? site.CurrentValue.DefaultDesk,
                ["url"] = origin + edition.Path(ArticleUrls.Front()),
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

    // Structured data is written for an article's own edition; one that left the configuration
    // is read as the primary's.
    private Edition Edition(string code) => _editions.Of(code);

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static string Serialize(JsonNode node) => node.ToJsonString(Json);
}
