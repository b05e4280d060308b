using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Shared;

/// What a feed or sitemap is built from, summed up cheaply: a stamp that moves with every change
/// to any article (the change feed's last row, written in the same transaction as the change,
/// including unpublishing and deleting), and when the newest change among the articles it covers
/// happened. Two indexed lookups whatever the size of the archive, so a reader polling every few
/// minutes costs next to nothing and a 304.
public sealed record Freshness(long Stamp, DateTime? LastChangedUtc)
{
    public static readonly Freshness Empty = new(0, null);

    /// A published article changes a feed when it is edited, and when it appears, which for a
    /// scheduled one is at PublishedAt, after its last edit. The last change anywhere may be later
    /// than the last change among these articles: then readers fetch a copy that is the same,
    /// which is safe, where a date too early would keep an old copy.
    public static async Task<Freshness> OfAsync(SahifaDb db, IQueryable<Article> published, CancellationToken ct)
    {
        var last = await db.ArticleChanges.AsNoTracking()
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.Id, c.ChangedAt })
            .FirstOrDefaultAsync(ct);
        var newest = await published.MaxAsync(a => a.PublishedAt, ct);
        return last is null && newest is null
            ? Empty
            : new Freshness(last?.Id ?? 0, Later(last?.ChangedAt ?? DateTime.MinValue, newest));
    }

    /// The later of two instants, as UTC.
    public static DateTime Later(DateTime updated, DateTime? published) =>
        DateTime.SpecifyKind(published > updated ? published.Value : updated, DateTimeKind.Utc);

    public Freshness ChangedAt(DateTime? utc) =>
        utc > LastChangedUtc || LastChangedUtc is null ? this with { LastChangedUtc = utc } : this;
}

/// Validators and caching for feeds and sitemaps (RFC 9110 section 13): an ETag and a
/// Last-Modified on every answer, and 304 Not Modified when the client's copy is current.
public static class ConditionalGet
{
    public const string CacheControl = "public, max-age=300";

    // Each build gets a new module id: a deploy that changes how a feed is written also changes
    // every ETag, so no reader keeps a copy in the old format.
    private static readonly string Build = typeof(ConditionalGet).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// Sets the validators and Cache-Control, then says whether to answer 304.
    /// <param name="variant">Everything besides the articles that the bytes depend on: the
    /// origin in absolute URLs, the site name, the feed settings.</param>
    public static bool IsNotModified(HttpContext context, Freshness freshness, string variant)
    {
        var request = context.Request;
        var lastModified = freshness.LastChangedUtc is { } changed ? TruncateToSeconds(changed) : (DateTimeOffset?)null;
        var etag = new EntityTagHeaderValue(Tag(request.Path, variant, freshness));

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        context.Response.Headers.CacheControl = CacheControl;

        var conditions = request.GetTypedHeaders();
        // If-None-Match wins when both are sent: an ETag also sees an article leaving the set
        // (unpublished, or out of the news window), which a Last-Modified date cannot.
        if (conditions.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }

        return conditions.IfModifiedSince is { } since && lastModified is { } modified && modified <= since;
    }

    private static string Tag(PathString path, string variant, Freshness freshness)
    {
        var seed = string.Create(CultureInfo.InvariantCulture,
            $"{Build}\n{path.Value}\n{variant}\n{freshness.Stamp}\n{freshness.LastChangedUtc?.Ticks ?? 0}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
    }

    // HTTP dates have whole seconds; a sub-second Last-Modified would never equal what comes back.
    private static DateTimeOffset TruncateToSeconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
