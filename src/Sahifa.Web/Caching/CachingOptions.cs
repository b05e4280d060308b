namespace Sahifa.Web.Caching;

/// `Sahifa:Caching` in configuration.
public sealed class CachingOptions
{
    // The server's own copy of each public page. Off only to measure what a page costs to build
    // (the benchmark's "cache off" run) or to chase a suspected stale page.
    public bool OutputCache { get; set; } = true;

    // How long the server keeps a page nobody changed. Changes evict at once, so this only bounds
    // what the change feed cannot see (a clock-driven change such as a page number's total).
    public int ServerSeconds { get; set; } = 600;

    // How long a browser may reuse its copy without asking. None by default: a reader who posts
    // a comment or an editor who fixes a typo reloads and must see it, and asking costs a 304.
    public int BrowserMaxAgeSeconds { get; set; }

    // How long a shared cache (a CDN) may keep a page without asking (s-maxage): short, because
    // a breaking story is edited every few minutes; a purge by tag can end it sooner.
    public int MaxAgeSeconds { get; set; } = 60;

    // How long past max-age a CDN may keep serving its copy while it fetches a new one, so a
    // burst of readers never waits on the origin.
    public int StaleWhileRevalidateSeconds { get; set; } = 600;

    // Optional: a URL that is POSTed {"tags": [...]} when pages change, for a CDN's purge by tag
    // (Surrogate-Key / Cache-Tag). Failures are logged and never hold up the site.
    public Uri? PurgeUrl { get; set; }

    public int PurgeTimeoutSeconds { get; set; } = 5;

    public string CacheControl => $"public, max-age={BrowserMaxAgeSeconds}, s-maxage={MaxAgeSeconds}";

    // Targeted at CDNs only (RFC 9213): browsers would otherwise also show a stale page while
    // they revalidate, which is what BrowserMaxAgeSeconds avoids.
    public string CdnCacheControl => $"public, max-age={MaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}";
}
