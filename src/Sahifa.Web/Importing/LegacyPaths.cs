using System.Globalization;
using Sahifa.Web.Articles;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Importing;

/// The addresses a WordPress site answered on, in one comparable form: percent-decoded (so
/// `%D8%A7`, `%d8%a7` and `ا` are the same), lower-case, without the trailing slash. Old query
/// links such as `/?p=42` become the key `/?p=42`.
public static class LegacyPaths
{
    // Decoded characters; a WordPress slug is at most 200 bytes encoded, so real paths fit.
    public const int MaxPathLength = 400;
    public const int MaxUrlLength = 2000;

    // The query parameters WordPress answers on its front page without pretty permalinks, in the
    // order they are looked up.
    private static readonly string[] QueryKeys = ["p", "page_id", "attachment_id", "cat", "tag", "author"];

    public static string Normalize(string path)
    {
        var decoded = path.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(path) : path;
        var lower = decoded.ToLowerInvariant();
        var builder = new System.Text.StringBuilder(lower.Length + 1);
        foreach (var c in lower)
        {
            // Doubled slashes are the same page to WordPress; so are they here.
            if (c == '/' && builder.Length > 0 && builder[^1] == '/')
            {
                continue;
            }

            if (builder.Length == 0 && c != '/')
            {
                builder.Append('/');
            }

            builder.Append(c);
        }

        while (builder.Length > 1 && builder[^1] == '/')
        {
            builder.Length--;
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// The key of a query link WordPress answered on its front page, e.g. `/?p=42`.
    public static string Query(string name, string value) => $"/?{name}={value.ToLowerInvariant()}";

    public static string Query(string name, long value) => Query(name, value.ToString(CultureInfo.InvariantCulture));

    /// The path of an absolute link from the export, normalised; null when it is not a web URL.
    public static string? FromUrl(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (uri.AbsolutePath is "/" or "" && QueryKey(uri.Query) is { } key)
        {
            return key;
        }

        return Normalize(uri.AbsolutePath);
    }

    /// The addresses a post answered on: its permalink as exported, `/?p=ID`, and the usual
    /// permalink structures (day and name, month and name, post name, numeric), under the blog's
    /// own path when WordPress lived in a folder.
    public static IEnumerable<string> ForPost(string blogPath, long id, string? link, string? slug, DateTime? localDate)
    {
        if (FromUrl(link) is { } permalink)
        {
            yield return permalink;
        }

        yield return Normalize(blogPath) is "/" ? Query("p", id) : Normalize(blogPath) + Query("p", id);
        yield return Normalize($"{blogPath}/archives/{id.ToString(CultureInfo.InvariantCulture)}");
        if (slug is { Length: > 0 })
        {
            yield return Normalize($"{blogPath}/{slug}");
            if (localDate is { } d)
            {
                var date = d.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);
                yield return Normalize($"{blogPath}/{date}/{slug}");
                yield return Normalize($"{blogPath}/{date[..7]}/{slug}");
            }
        }
    }

    /// A key for a front-page query link (`?p=42`, `?cat=3`, `?tag=x`, `?author=2`), or null.
    public static string? QueryKey(string query) =>
        QueryKey(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)));

    public static string? QueryKey(IQueryCollection query)
    {
        foreach (var name in QueryKeys)
        {
            if (query.TryGetValue(name, out var values) && values.ToString() is { Length: > 0 and <= 200 } value)
            {
                return Query(name, value);
            }
        }

        return null;
    }

    /// What an old address asked for beyond the page it names: its feed, a later page of an
    /// archive, or the same page in another dress (AMP, an embed, a comments page).
    /// Null when the address has no such suffix.
    public static (string Base, Suffix Suffix)? SplitSuffix(string key)
    {
        var segments = key.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var n = segments.Length;
        if (n >= 1 && segments[^1] == "feed")
        {
            return (Join(segments, n - 1), new Suffix(FeedFormat.Rss, 0));
        }

        if (n >= 2 && segments[^2] == "feed" && segments[^1] is "rss2" or "rss" or "rdf" or "atom")
        {
            return (Join(segments, n - 2), new Suffix(segments[^1] == "atom" ? FeedFormat.Atom : FeedFormat.Rss, 0));
        }

        if (n >= 2 && segments[^2] == "page" && int.TryParse(segments[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return (Join(segments, n - 2), new Suffix(null, page));
        }

        if (n >= 1 && (segments[^1] is "amp" or "embed" or "trackback" || segments[^1].StartsWith("comment-page-", StringComparison.Ordinal)))
        {
            return (Join(segments, n - 1), new Suffix(null, 0));
        }

        return null;
    }

    /// The new address for an old one that carried a suffix: an archive's feed or later page; an
    /// article's feed (its comments) or AMP copy is the article itself.
    public static string Apply(string target, Suffix suffix)
    {
        var isArchive = target == "/" || target.StartsWith("/sections/", StringComparison.Ordinal)
            || target.StartsWith("/tags/", StringComparison.Ordinal) || target.StartsWith("/authors/", StringComparison.Ordinal);
        if (!isArchive)
        {
            return target;
        }

        if (suffix.Feed is { } format)
        {
            return ArticleUrls.Feed(format, target == "/" ? "" : target);
        }

        return suffix.Page > 1 ? $"{target}?page={suffix.Page.ToString(CultureInfo.InvariantCulture)}" : target;
    }

    private static string Join(string[] segments, int count) => "/" + string.Join('/', segments.Take(count));

    /// A feed of the page (Feed set), a later page of it (Page above 1), or the page itself.
    public readonly record struct Suffix(FeedFormat? Feed, int Page);
}
