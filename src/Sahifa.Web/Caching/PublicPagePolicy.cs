using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Caching;

/// The server's cache for endpoints marked <see cref="PublicPage"/>: one copy per URL (and per
/// content coding, so compressed bytes are stored and not recompressed per request), kept until
/// a change evicts its tags. Everything else, and anything a reader could make personal, passes by.
// The invalidation is looked up per request: the cache store it uses is built from the output
// cache options that this policy is part of, so taking it in the constructor would be a cycle.
internal sealed class PublicPagePolicy(IOptions<CachingOptions> options) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (http.GetEndpoint()?.Metadata.GetMetadata<PublicPage>() is not { } page
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return;
        }

        // A save on this node has committed but its evictions have not run yet: run them before
        // answering, so an editor who saves and reloads never sees the old page (nor, with the
        // cache off, the old section list).
        var invalidation = http.RequestServices.GetRequiredService<PublicPageInvalidation>();
        if (invalidation.IsBehind)
        {
            await invalidation.CatchUpAsync(cancellation);
        }

        if (!options.Value.OutputCache || request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        // A query the page ignores gets the same bytes, so it may be answered from the cache
        // (a shared link with ?fbclid=...), but it never adds an entry of its own.
        context.AllowCacheStorage = request.Query.Keys.All(k => page.QueryKeys.Contains(k, StringComparer.Ordinal));
        // One writer per key while the rest wait for its result: a spike on a freshly evicted
        // page builds it once.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.ServerSeconds);
        context.CacheVaryByRules.QueryKeys = page.QueryKeys;
        // Normalised by ContentCodings before this runs, so there are at most three copies.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        // `/en/` is routed as `/` in the English edition: the edition is part of the key.
        if (http.Edition() is { IsPrimary: false } edition)
        {
            context.CacheVaryByRules.VaryByValues["edition"] = edition.Code;
        }

        context.Tags.Add(PublicPageTags.All);
        context.Tags.UnionWith(page.Tags);
        if (page.Version is { } version)
        {
            if (version(http) is { } current)
            {
                context.CacheVaryByRules.VaryByValues["version"] = current;
            }
            else
            {
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
            }
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A 301 (an old slug) is as public as the page. Error answers are not kept: their body is
        // the error page, written later by a second pass through the pipeline, and a 404 must not
        // outlive the minute an article is scheduled for.
        if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status301MovedPermanently)
            || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
