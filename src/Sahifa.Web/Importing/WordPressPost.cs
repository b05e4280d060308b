using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sahifa.Arabic;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Importing;

/// What the mapping needs to know about the WordPress site: its clock, its address (for its own
/// links in post bodies), where uncategorised posts go, and its authors' display names.
public sealed record WordPressSite(TimeZoneInfo TimeZone, string? BaseSiteUrl, string DefaultSection, Func<string, string> AuthorName);

/// A WordPress post as Sahifa's article fields, with the warnings it raised. Names are clean
/// (as shown); the tags are one per slug and at most <see cref="ArticleRules.MaxTags"/>.
public sealed record MappedPost(
    string Headline,
    string Standfirst,
    string BodyMarkdown,
    IReadOnlyList<string> Dropped,
    DateTime? CreatedAt,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    bool CommentsClosed,
    string Section,
    IReadOnlyList<string> Tags,
    string? Byline,
    IReadOnlyList<ImportWarning> Warnings,
    LeadImage? Lead = null,
    int PhotosOnOldHost = 0);

/// The pure half of importing a post: no database, no clock but the one passed in, so the rules
/// (headlines, dates, states, terms) are table-tested (tests/…/Importing/WordPressPostTests.cs).
public static class WordPressPost
{
    // Raise when the conversion changes, so the next import rewrites every article with it.
    public const string ConverterVersion = "1";

    public const string Untitled = "بلا عنوان";

    private static readonly HashSet<string> FingerprintMeta = new(StringComparer.Ordinal)
    {
        "_thumbnail_id", "_yoast_wpseo_metadesc", "rank_math_description", "_aioseo_description",
    };

    /// Sahifa's state for a WordPress status; null for those not imported (trash, auto-drafts,
    /// anything unknown).
    public static ArticleStatus? StatusOf(string status) => status switch
    {
        "publish" => ArticleStatus.Published,
        "future" => ArticleStatus.Scheduled,
        "pending" => ArticleStatus.InReview,

        // Private posts were for logged-in staff only: they stay out of public view as drafts.
        // Not Unpublished, which says the piece was public once and answers 410 Gone.
        "draft" or "private" => ArticleStatus.Draft,
        _ => null,
    };

    /// <param name="photos">The attachments this post names, as the library holds them: the
    /// featured image becomes the lead image, body images get the library's addresses.</param>
    public static MappedPost Map(WxrItem item, ArticleStatus status, WordPressSite site, DateTime now, PhotoLookup? photos = null)
    {
        photos ??= PhotoLookup.None;
        var warnings = new List<ImportWarning>();
        var headline = Headline(item, warnings);
        var converted = WordPressContent.ToMarkdown(item.Content, site.BaseSiteUrl, photos);
        if (converted.Markdown.Length == 0 && item.Content.Trim().Length > 0)
        {
            warnings.Add(new(item.Id, "empty_body", $"لم يبقَ من نص «{headline}» شيء يُعرض بعد التنظيف."));
        }

        if (photos.ReportMissing)
        {
            foreach (var old in converted.OldPhotos.Where(p => !p.Known).DistinctBy(p => p.Url))
            {
                warnings.Add(new(item.Id, "media_missing",
                    $"الصورة «{FileName(old.Url)}» في «{headline}» ليست بين مرفقات ملف التصدير، فبقيت على عنوانها في الموقع القديم."));
            }
        }

        var lead = WordPressPhotos.FeaturedId(item) is { } featured ? WordPressPhotos.Lead(photos.Attachment(featured), headline, item.Id, warnings) : null;

        var instant = item.DateGmt ?? (item.Date is { } local ? ToUtc(local, site.TimeZone) : null);
        var publishedAt = status is ArticleStatus.Published or ArticleStatus.Scheduled ? instant ?? now : (DateTime?)null;
        if (status == ArticleStatus.Scheduled && publishedAt <= now)
        {
            warnings.Add(new(item.Id, "missed_schedule", $"«{headline}» كانت مجدولة لموعد مضى؛ ستُنشر فور عمل المجدول."));
        }

        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in TagNames(item))
        {
            if (seen.Add(Slugs.FromHeadline(name)))
            {
                tags.Add(name);
            }
        }

        if (tags.Count > ArticleRules.MaxTags)
        {
            warnings.Add(new(item.Id, "too_many_tags", $"لـ«{headline}» {tags.Count} وسمًا؛ استُورد أول {ArticleRules.MaxTags} منها."));
            tags = tags[..ArticleRules.MaxTags];
        }

        return new MappedPost(
            headline,
            Standfirst(item),
            converted.Markdown,
            converted.Dropped,
            instant,
            publishedAt,
            // WordPress's last edit; a scheduled post's date is still to come, so it is no edit time.
            item.ModifiedGmt ?? (instant is { } past && past <= now ? past : now),
            item.CommentsClosed,
            SectionName(item, site.DefaultSection),
            tags,
            Byline(item, site.AuthorName),
            warnings,
            lead,
            converted.OldPhotos.Count);
    }

    /// The file's name as the newsroom would look for it in the uploads folder.
    public static string FileName(string url)
    {
        var path = WordPressPhotos.UploadsPath(url) ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath) : url);
        return Shorten(path, 200);
    }

    /// The first category is the section; with none, the site's default.
    public static string SectionName(WxrItem item, string defaultSection) =>
        Name(Categories(item).FirstOrDefault()?.Name ?? defaultSection);

    /// Every further category and every tag, as Sahifa tags, in the export's order.
    public static IEnumerable<string> TagNames(WxrItem item) =>
        Categories(item).Skip(1).Concat(PostTags(item)).Select(t => Name(t.Name));

    public static string? Byline(WxrItem item, Func<string, string> authorName) =>
        item.Creator is { Length: > 0 } login ? Name(authorName(login)) : null;

    public static List<WxrItemTerm> Categories(WxrItem item) =>
        item.Terms.Where(t => t.Domain == "category" && t.Name.Length > 0).ToList();

    public static IEnumerable<WxrItemTerm> PostTags(WxrItem item) =>
        item.Terms.Where(t => t.Domain == "post_tag" && t.Name.Length > 0);

    private static string Headline(WxrItem item, List<ImportWarning> warnings)
    {
        var headline = ArabicText.CleanForDisplay(WordPressContent.ToPlainText(item.Title));
        if (headline.Length == 0 || !headline.Any(char.IsLetterOrDigit))
        {
            warnings.Add(new(item.Id, "untitled", $"منشور بلا عنوان؛ سُمّي «{Untitled}»."));
            return Untitled;
        }

        if (headline.Length > ArticleRules.MaxHeadlineLength)
        {
            warnings.Add(new(item.Id, "headline_shortened", $"العنوان أطول من {ArticleRules.MaxHeadlineLength} حرف فاختُصر."));
            return Shorten(headline, ArticleRules.MaxHeadlineLength);
        }

        return headline;
    }

    // The excerpt, else the description an SEO plugin kept for search engines.
    private static string Standfirst(WxrItem item)
    {
        var text = WordPressContent.ToPlainText(item.Excerpt);
        foreach (var key in (string[])["_yoast_wpseo_metadesc", "rank_math_description", "_aioseo_description"])
        {
            if (text.Length > 0)
            {
                break;
            }

            text = item.Meta.TryGetValue(key, out var description) ? WordPressContent.ToPlainText(description) : "";
        }

        return Shorten(ArabicText.CleanForDisplay(text), ArticleRules.MaxStandfirstLength);
    }

    /// Cut at a word boundary when there is one in the second half, with an ellipsis.
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }

    /// A WordPress wall-clock time in the site's zone, as UTC.
    public static DateTime ToUtc(DateTime local, TimeZoneInfo timeZone)
    {
        // A wall-clock time skipped by a daylight-saving change is an hour later in reality.
        if (timeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), timeZone);
    }

    /// A term's or author's name as Sahifa shows it: plain text, cleaned, within the column.
    public static string Name(string name)
    {
        var clean = ArabicText.CleanForDisplay(WordPressContent.ToPlainText(name));
        return clean.Length > ArticleRules.MaxNameLength ? Shorten(clean, ArticleRules.MaxNameLength) : clean;
    }

    // Everything the import reads from an item, with the converter's own version: a re-import
    // rewrites an article only when its export changed or the conversion improved.
    // What the library holds of the post's photographs counts too (PhotoLookup.Signature), so
    // a post whose photographs arrived since is rewritten to show them.
    public static string Fingerprint(WxrItem item, PhotoLookup? photos = null)
    {
        var text = new StringBuilder(ConverterVersion);
        foreach (var part in (string?[])[item.Title, item.Content, item.Excerpt, item.Status, item.Slug, item.Creator, item.Link, item.CommentsClosed ? "closed" : "open",
            item.Date?.ToString("O", CultureInfo.InvariantCulture), item.DateGmt?.ToString("O", CultureInfo.InvariantCulture),
            item.ModifiedGmt?.ToString("O", CultureInfo.InvariantCulture)])
        {
            text.Append('\u001f').Append(part);
        }

        foreach (var term in item.Terms)
        {
            text.Append('\u001e').Append(term.Domain).Append('\u001f').Append(term.Nicename).Append('\u001f').Append(term.Name);
        }

        foreach (var (key, value) in item.Meta.Where(m => FingerprintMeta.Contains(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append('\u001d').Append(key).Append('\u001f').Append(value);
        }

        if (photos?.Signature(item) is { Length: > 0 } signature)
        {
            text.Append('\u001c').Append(signature);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
