using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Sahifa.Web.Caching;

/// Validators and freshness for public answers (RFC 9110 section 13, RFC 9111): a strong ETag
/// that is a hash of the bytes sent (so each content coding has its own, as strong ETags must),
/// Cache-Control for browsers and CDNs, and 304 when the reader's copy is current. The output
/// cache answers conditional requests for what it holds; this covers the answer that fills it.
internal sealed class Validators(RequestDelegate next, IOptions<CachingOptions> options)
{
    // The whole answer is held to hash it; pooled blocks keep an uncached page from allocating
    // (and the GC from collecting) a fresh growing buffer every time.
    private static readonly Microsoft.IO.RecyclableMemoryStreamManager Buffers = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PublicPage>() is null
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var body = response.Body;
        using var buffer = Buffers.GetStream(nameof(Validators));
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        // Feeds and sitemaps say their own (readers poll them; five minutes suits them).
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status301MovedPermanently or StatusCodes.Status410Gone
            && !response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            response.Headers.CacheControl = options.Value.CacheControl;
            response.Headers["CDN-Cache-Control"] = options.Value.CdnCacheControl;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue($"\"{Hash(buffer)}\"");
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            if (IsNotModified(request.GetTypedHeaders(), etag, headers.LastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                response.Headers.Remove(HeaderNames.ContentEncoding);
                if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
                {
                    cache.AllowCacheStorage = false;
                }

                return;
            }
        }

        if (buffer.Length > 0)
        {
            // An empty error answer gets its page from the error handler's second pass.
            response.ContentLength = buffer.Length;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private static string Hash(Microsoft.IO.RecyclableMemoryStream buffer)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var block in buffer.GetReadOnlySequence())
        {
            sha.AppendData(block.Span);
        }

        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private static bool IsNotModified(RequestHeaders conditions, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        // If-None-Match wins when both are sent (RFC 9110 13.1.3).
        if (conditions.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }

        return conditions.IfModifiedSince is { } since && lastModified is { } modified && modified <= since;
    }

    // HTTP dates have whole seconds; a sub-second Last-Modified would never equal what comes back.
    public static DateTimeOffset ToHttpDate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
