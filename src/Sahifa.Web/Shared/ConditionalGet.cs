using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Shared;

/// What a feed or sitemap is built from, summed up cheaply: how many articles it covers and
/// when the newest change among them happened. Read with one aggregate query before any item
/// is loaded, so a reader polling every few minutes costs one indexed query and a 304.
public sealed record Freshness(int Count, DateTime? LastChangedUtc)
{
    public static readonly Freshness Empty = new(0, null);

    /// A published article changes a feed when it is edited (UpdatedAt) and when it appears, which
    /// for a scheduled one is at PublishedAt, after its last edit.
    public static async Task<Freshness> OfAsync(IQueryable<Article> published, CancellationToken ct)
    {
        // GroupBy a constant is EF's way to several aggregates in one round trip, on every provider.
        var stats = await published
            .GroupBy(a => 1)
            .Select(g => new { Count = g.Count(), Updated = g.Max(a => a.UpdatedAt), Published = g.Max(a => a.PublishedAt) })
            .SingleOrDefaultAsync(ct);
        return stats is null ? Empty : new Freshness(stats.Count, Later(stats.Updated, stats.Published));
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
            $"{Build}\n{path.Value}\n{variant}\n{freshness.Count}\n{freshness.LastChangedUtc?.Ticks ?? 0}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
    }

    // HTTP dates have whole seconds; a sub-second Last-Modified would never equal what comes back.
    private static DateTimeOffset TruncateToSeconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
