using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Data;

namespace Sahifa.Web.Media;

/// `GET /media/{item}/{file}`: a rendition's bytes. Its path carries its content's fingerprint, so
/// it never changes: browsers and CDNs keep it a year without asking again, and this node keeps
/// the ones readers are looking at in memory (a bounded cache) instead of asking the database.
public static class ServeMedia
{
    private const string Immutable = "public, max-age=31536000, immutable";

    public static void MapServeMedia(this IEndpointRouteBuilder app) =>
        app.MapMethods("/media/{item:int}/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);

    private static async Task ServeAsync(HttpContext context, int item, string file, SahifaDb db, MediaCache cache)
    {
        var path = MediaUrls.Prefix + item.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + file;
        if (!cache.TryGet(path, out var rendition))
        {
            rendition = await db.MediaFiles.AsNoTracking()
                .Where(f => f.Path == path)
                .Select(f => new CachedRendition(f.ContentType, f.Content))
                .SingleOrDefaultAsync(context.RequestAborted);
            if (rendition is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.Headers.CacheControl = "no-store";
                return;
            }

            cache.Add(path, rendition);
        }

        var response = context.Response;
        response.Headers.CacheControl = Immutable;
        // The fingerprint in the name is the content's hash: a strong validator as it stands.
        var etag = "\"" + Path.GetFileNameWithoutExtension(file) + "\"";
        response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(etag, StringComparison.Ordinal) || v == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = rendition.ContentType;
        response.ContentLength = rendition.Content.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(rendition.Content, context.RequestAborted);
        }
    }
}

public sealed record CachedRendition(string ContentType, byte[] Content);

/// The renditions served lately, up to a bound (`Sahifa:Media:MemoryCacheMegabytes`, 64 by
/// default). Nothing is ever stale: a path names its bytes for good.
public sealed class MediaCache(int megabytes) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L });

    public void Dispose() => _cache.Dispose();

    public bool TryGet(string path, out CachedRendition rendition) => _cache.TryGetValue(path, out rendition!);

    public void Add(string path, CachedRendition rendition) =>
        _cache.Set(path, rendition, new MemoryCacheEntryOptions { Size = rendition.Content.Length, SlidingExpiration = TimeSpan.FromHours(1) });
}
