using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Caching;

/// Holding a breaking story on one small machine: every anonymous public page is built once and
/// served from memory until a change evicts it (PublicPagePolicy, PublicPageInvalidation),
/// compressed once with Brotli or gzip and kept compressed, with validators and Cache-Control so
/// browsers and a CDN can help (Validators), and tags a CDN can purge by (CdnPurge).
///
/// To clear an article's page from other code (a comment approved, a correction accepted), record
/// a change in the same save: <c>db.Record([articleId], now); await db.SaveChangesAsync(ct);</c>.
/// Every node evicts it; this one before it answers its next public request.
public static class CachingModule
{
    // The pages every anonymous reader sees alike; the newsroom and API are never among them.
    private static readonly (string Page, PublicPage Metadata)[] Pages =
    [
        ("/Front/Index", PublicPage.Paged),
        ("/Articles/Show", PublicPage.Article),
        ("/Sections/Show", PublicPage.Paged),
        ("/Tags/Show", PublicPage.Paged),
        ("/Sources/Show", PublicPage.Paged),
        ("/Authors/Show", PublicPage.Paged),
        ("/Search/Index", Search.SearchModule.Results),
    ];

    public static WebApplicationBuilder AddCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>()
            .BindConfiguration("Sahifa:Caching")
            .Validate(o => o.ServerSeconds > 0 && o.MaxAgeSeconds >= 0 && o.BrowserMaxAgeSeconds >= 0 && o.StaleWhileRevalidateSeconds >= 0, "Sahifa:Caching durations must not be negative")
            .Validate(o => o.PurgeUrl is null || (o.PurgeUrl.IsAbsoluteUri && o.PurgeUrl.Scheme is "http" or "https"), "Sahifa:Caching:PurgeUrl must be an absolute http or https URL")
            .Validate(o => o.PurgeTimeoutSeconds is >= 1 and <= 60, "Sahifa:Caching:PurgeTimeoutSeconds must be between 1 and 60")
            .ValidateOnStart();

        builder.Services.AddSingleton<Sections.SectionList>();
        builder.Services.AddSingleton<PublicPageInvalidation>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PublicPageInvalidation>());
        builder.Services.AddSingleton<CdnPurge>();
        builder.Services.AddHttpClient(nameof(CdnPurge));
        builder.Services.AddSingleton<PublicPagePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<PublicPagePolicy>((o, policy) => o.AddBasePolicy(policy));

        builder.Services.AddResponseCompression(o =>
        {
            // Public pages hold no secret a BREACH-style attack could guess; the newsroom, which
            // holds antiforgery tokens, is left uncompressed (UseCaching).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
            [
                "application/rss+xml", "application/atom+xml", "application/feed+json",
                "application/problem+json", "image/svg+xml",
            ]);
        });
        // Cached pages are compressed once, so the smaller output is worth its time; the
        // uncached path still answers in a few milliseconds at these levels.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

        builder.Services.AddSingleton<PageTagging>();
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var (page, metadata) in Pages)
            {
                o.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(metadata));
            }

            o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(PageTagging)));
        });
        return builder;
    }

    /// After routing (the policy reads endpoint metadata), before the endpoints.
    public static IApplicationBuilder UseCaching(this IApplicationBuilder app)
    {
        app.Use(PrepareAsync);
        app.UseOutputCache();
        app.UseMiddleware<Validators>();
        app.UseResponseCompression();
        return app;
    }

    private static Task PrepareAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PublicPage>() is not null)
        {
            // Browsers word Accept-Encoding in many ways; reduced to the one coding we would pick,
            // the cache keeps at most three copies of a page (br, gzip, none) instead of one per
            // wording.
            request.Headers.AcceptEncoding = ContentCodings.Preferred(request.GetTypedHeaders().AcceptEncoding);
        }
        else if (request.Path.StartsWithSegments(AccountsModule.NewsroomPath, StringComparison.Ordinal))
        {
            context.Features.Set<IHttpsCompressionFeature>(new NoCompression());
        }
        else if (request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && (request.Headers.ContainsKey(HeaderNames.Authorization) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))))
        {
            // What staff read or write through the API is theirs alone.
            context.Response.Headers.CacheControl = "no-store";
        }

        return next(context);
    }

    private sealed class NoCompression : IHttpsCompressionFeature
    {
        public HttpsCompressionMode Mode { get; set; } = HttpsCompressionMode.DoNotCompress;
    }
}

/// The content coding we would answer with, given what the reader accepts.
public static class ContentCodings
{
    public static string Preferred(IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> accepted)
    {
        bool Accepts(string coding) => accepted.Any(a =>
            (string.Equals(a.Value.Value, coding, StringComparison.OrdinalIgnoreCase) || a.Value.Value == "*") && (a.Quality ?? 1) > 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "identity";
    }
}
