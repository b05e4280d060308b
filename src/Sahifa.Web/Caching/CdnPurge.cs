using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Sahifa.Web.Caching;

/// Tells a CDN which tags to purge, when `Sahifa:Caching:PurgeUrl` is set: a POST of
/// {"tags": [...]} in the background, with a timeout. A CDN that is slow or down costs a log line
/// and readers at most max-age of stale page; it never holds up a save or a page.
public sealed class CdnPurge(IHttpClientFactory clients, IOptions<CachingOptions> options, ILogger<CdnPurge> log)
{
    public sealed record Request(IReadOnlyCollection<string> Tags);

    public void Send(IReadOnlyCollection<string> tags)
    {
        if (options.Value.PurgeUrl is not { } url || tags.Count == 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.PurgeTimeoutSeconds));
                using var response = await clients.CreateClient(nameof(CdnPurge)).PostAsJsonAsync(url, new Request(tags), timeout.Token);
                if (!response.IsSuccessStatusCode)
                {
                    log.LogWarning("CDN purge of {Tags} answered {Status}", tags, (int)response.StatusCode);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                log.LogWarning(e, "CDN purge of {Tags} failed", tags);
            }
        });
    }
}
