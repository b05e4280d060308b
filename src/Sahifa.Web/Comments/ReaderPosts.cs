using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Comments;

/// What protects the readers' forms (comments, correction requests) now that they carry no
/// antiforgery token, so the article page stays the same for every reader and can be cached
/// (DESIGN.md, "Public contract"): a same-origin check, a rate limit per client, a honeypot and a
/// signed time stamp. Moderation catches what gets through.
public static class ReaderPosts
{
    public const string RateLimitPolicy = "reader-posts";

    /// A field people never see or fill; scripts that fill every input do.
    public const string HoneypotField = "website";

    public const string StampField = "stamp";

    /// Counts links the way a reader would see them, bare "www." ones included.
    public static int CountLinks(string text)
    {
        var count = 0;
        foreach (var marker in (string[])["http://", "https://", "www."])
        {
            for (var i = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.OrdinalIgnoreCase))
            {
                // "https://www.x" is one link, not two.
                if (marker == "www." && i >= 2 && text[i - 1] == '/' && text[i - 2] == '/')
                {
                    continue;
                }

                count++;
            }
        }

        return count;
    }

    /// The e-mail as a key: trimmed and lower-cased (the invariant culture, never the ambient one).
    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    /// A plausible address: one @, something either side, a dot in the domain, no spaces.
    /// The reader's name, as both public forms ask for it: letters required, bidi tricks removed,
    /// no longer than a comment's name column.
    public static void CheckName(string? value, IDictionary<string, string> errors)
    {
        var name = ArabicText.CleanForDisplay(value ?? "");
        if (name.Length == 0 || !name.Any(char.IsLetterOrDigit))
        {
            errors["name"] = "اكتب اسمك.";
        }
        else if (name.Length > Comment.MaxNameLength)
        {
            errors["name"] = $"الاسم أطول من {Comment.MaxNameLength} حرفًا.";
        }
    }

    public static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0
            && at == email.LastIndexOf('@')
            && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.')
            && !email.Any(char.IsWhiteSpace)
            && email.Length <= Comment.MaxEmailLength;
    }

    internal static void AddReaderPosts(this IServiceCollection services)
    {
        services.AddSingleton<FormStamps>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                // The status code page then answers in Arabic ("طلبات كثيرة").
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                // Only the posts count: reading the form page is free.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var options = context.RequestServices.GetRequiredService<IOptionsMonitor<CommentOptions>>().CurrentValue;
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PostsPerWindow,
                    Window = TimeSpan.FromSeconds(options.RateWindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
    }

    // One client, one bucket. An IPv6 client usually holds a whole /64, so that is the unit;
    // behind a reverse proxy enable forwarded headers, or every reader shares the proxy's bucket.
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    /// Refuses a post that a browser says came from another site: Sec-Fetch-Site when the browser
    /// sends it, otherwise Origin. A request with neither (an old browser, curl) passes; it
    /// carries no one's authority anyway, since staff cookies never reach public paths.
    public static bool IsCrossSite(HttpRequest request, SiteOptions site)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // "none" is a navigation the reader started (a bookmark); same-site is another
            // subdomain, which may not be ours.
            return fetchSite is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        var own = $"{request.Scheme}://{request.Host}";
        return !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(origin, site.BaseUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}

/// On a readers' form page: POSTs from another site get 403 (an Arabic page says why).
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseCrossSitePostsAttribute : Attribute, IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        var site = context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        if (HttpMethods.IsPost(request.Method) && ReaderPosts.IsCrossSite(request, site))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

public enum StampCheck
{
    Valid,
    TooFast,
    Invalid,
}

/// The time a form was served, signed with the data protection keys (kept in the database, so a
/// form served by one node is accepted by another). A cached page carries the time it was
/// rendered, so the check is a floor against scripts that post without loading the page, not a
/// measure of each reader.
public sealed class FormStamps(IDataProtectionProvider protection, TimeProvider clock)
{
    // Long enough for a tab left open over a weekend; older stamps are refused and renewed.
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("Sahifa.Comments.FormStamp.v1");

    public string Issue() =>
        _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    public StampCheck Check(string? stamp, TimeSpan minimum)
    {
        if (stamp is not { Length: > 0 and < 1000 })
        {
            return StampCheck.Invalid;
        }

        long ticks;
        try
        {
            if (!long.TryParse(_protector.Unprotect(stamp), NumberStyles.None, CultureInfo.InvariantCulture, out ticks))
            {
                return StampCheck.Invalid;
            }
        }
        catch (CryptographicException)
        {
            return StampCheck.Invalid;
        }

        var age = clock.GetUtcNow().UtcTicks - ticks;
        if (age > MaxAge.Ticks)
        {
            return StampCheck.Invalid;
        }

        return age < minimum.Ticks ? StampCheck.TooFast : StampCheck.Valid;
    }
}
