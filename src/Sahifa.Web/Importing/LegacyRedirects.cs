using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;
using Sahifa.Web.Feeds;

namespace Sahifa.Web.Importing;

/// Answers a WordPress address with `301 Moved Permanently` to where its content lives now.
/// It looks only at requests no route matched (and at the front page's old query links such as
/// `/?p=42`), so Sahifa's own pages never pay for it and can never be shadowed by it.
public static class LegacyRedirects
{
    public static IApplicationBuilder UseLegacyRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && await FindAsync(context) is { } location)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = location;
                return;
            }

            await next(context);
        });

    private static async Task<string?> FindAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";

        // The front page is the one route that old links reach with their query: `/?p=42`.
        var unmatched = context.GetEndpoint() is null;
        if (!unmatched && path != "/")
        {
            return null;
        }

        var key = LegacyPaths.Normalize(path);
        if (key.Length > LegacyPaths.MaxPathLength)
        {
            return null;
        }

        var ct = context.RequestAborted;
        if (request.QueryString.HasValue && FromQuery(key, request.Query) is var (queryKey, querySuffix))
        {
            var db = context.RequestServices.GetRequiredService<SahifaDb>();
            if (queryKey is null)
            {
                return LegacyPaths.Apply("/", querySuffix);
            }

            return await TargetAsync(db, queryKey, ct) is { } target ? LegacyPaths.Apply(target, querySuffix) : null;
        }

        if (!unmatched)
        {
            return null;
        }

        var store = context.RequestServices.GetRequiredService<SahifaDb>();
        if (await TargetAsync(store, key, ct) is { } exact)
        {
            return exact;
        }

        if (LegacyPaths.SplitSuffix(key) is not var (baseKey, suffix))
        {
            return null;
        }

        // The site's own feed and later pages need no table: /feed/, /feed/atom/, /page/2/.
        if (baseKey == "/")
        {
            return LegacyPaths.Apply("/", suffix);
        }

        return await TargetAsync(store, baseKey, ct) is { } archive ? LegacyPaths.Apply(archive, suffix) : null;
    }

    // WordPress without pretty permalinks: `/?p=42`, `/news/index.php?cat=3&feed=rss2`,
    // `/?feed=atom`, `/?paged=2`. Null when the query is none of those; a null key with a suffix
    // is the site's own feed or page.
    private static (string? Key, LegacyPaths.Suffix Suffix)? FromQuery(string path, IQueryCollection query)
    {
        var folder = path.EndsWith("/index.php", StringComparison.Ordinal) ? path[..^"/index.php".Length] : path;
        var feed = query["feed"].ToString();
        var suffix = feed.Length > 0
            ? new LegacyPaths.Suffix(feed.Contains("atom", StringComparison.OrdinalIgnoreCase) ? FeedFormat.Atom : FeedFormat.Rss, 0)
            : new LegacyPaths.Suffix(null, int.TryParse(query["paged"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 0);
        if (LegacyPaths.QueryKey(query) is { } key)
        {
            return (folder is "" or "/" ? key : folder + key, suffix);
        }

        return folder is "" or "/" && (feed.Length > 0 || suffix.Page > 1) ? (null, suffix) : null;
    }

    private static Task<string?> TargetAsync(SahifaDb db, string key, CancellationToken ct) =>
        db.LegacyRedirects.AsNoTracking().Where(r => r.Path == key).Select(r => r.Target).FirstOrDefaultAsync(ct);
}
