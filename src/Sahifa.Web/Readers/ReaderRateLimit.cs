using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sahifa.Web.Readers;

/// On a readers' form page: each POST counts against the client's allowance
/// (ReaderOptions.PostsPerWindow per RateWindowSeconds, across all nodes). Over it, the answer is
/// 429 with Retry-After, and the status code page says in Arabic why ("طلبات كثيرة").
[AttributeUsage(AttributeTargets.Class)]
public sealed class LimitReaderPostsAttribute : Attribute;

public static class ReaderRateLimit
{
    internal static IApplicationBuilder UseReaderRateLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Only the posts count: reading the form page is free.
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<LimitReaderPostsAttribute>() is not null)
        {
            var counter = context.RequestServices.GetRequiredService<ReaderPostCounter>();
            if (await counter.CountAsync(ClientKey(context.Connection.RemoteIpAddress), context.RequestAborted) is { } retryAfter)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
            }
        }

        await next(context);
    });

    // One client, one allowance. An IPv6 client usually holds a whole /64, so that is the unit;
    // behind a reverse proxy enable forwarded headers, or every reader shares the proxy's.
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
}
