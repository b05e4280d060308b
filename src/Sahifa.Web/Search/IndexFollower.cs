using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Search;

/// <summary>
/// Keeps this node's index in step with the database by following the article change feed:
/// woken at once by a save in this process, and polling for saves on other nodes. A missing or
/// unreadable index is rebuilt first, in the background, while the site serves.
/// </summary>
public sealed class IndexFollower(
    IServiceProvider services,
    SearchIndex index,
    ArticleChangeSignal signal,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    ILogger<IndexFollower> logger) : BackgroundService
{
    private const int BatchSize = 1000;

    // On PostgreSQL an identity value is taken when a row is inserted but becomes visible when its
    // transaction commits, so a row with a lower Id can appear after a higher one was read. The
    // rows past such a gap are applied at once, but the saved position waits below the gap for
    // this long before deciding the gap is a rolled-back save that will never fill.
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

    private readonly HashSet<long> _appliedPastPosition = [];
    private readonly Dictionary<long, DateTimeOffset> _gapsSeen = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up (and the first requests) must not wait for a rebuild.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (index.NeedsRebuild)
                {
                    await using var scope = services.CreateAsyncScope();
                    await index.RebuildAsync(scope.ServiceProvider.GetRequiredService<SahifaDb>(), null, stoppingToken);
                }

                while (await CatchUpAsync(stoppingToken))
                {
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database restarting or a node's disk filling must not end search for good.
                logger.LogError(e, "Search index could not follow the article change feed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// Applies the next batch of changes; true when there may be more.
    private async Task<bool> CatchUpAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        var rows = await db.ArticleChanges.AsNoTracking().After(index.Position).Take(BatchSize)
            .Select(c => new { c.Id, c.ArticleId }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return false;
        }

        var fresh = rows.Where(r => !_appliedPastPosition.Contains(r.Id)).ToList();
        var position = Advance(index.Position, rows.Select(r => r.Id));
        if (fresh.Count > 0)
        {
            var ids = fresh.Select(r => r.ArticleId).Distinct().ToList();
            index.Apply(ids, await db.IndexedArticlesAsync(ids, ct), position);
            _appliedPastPosition.UnionWith(fresh.Select(r => r.Id));
        }
        else if (position != index.Position)
        {
            index.Advance(position);
        }

        _appliedPastPosition.RemoveWhere(id => id <= position);
        foreach (var gap in _gapsSeen.Keys.Where(id => id <= position).ToList())
        {
            _gapsSeen.Remove(gap);
        }

        return rows.Count == BatchSize && fresh.Count > 0;
    }

    // The highest position with nothing missing below it, or past a gap older than GapPatience.
    private long Advance(long position, IEnumerable<long> ids)
    {
        var now = clock.GetUtcNow();
        foreach (var id in ids)
        {
            if (id != position + 1)
            {
                var seen = _gapsSeen.TryGetValue(position + 1, out var first) ? first : _gapsSeen[position + 1] = now;
                if (now - seen < GapPatience)
                {
                    break;
                }
            }

            position = id;
        }

        return position;
    }
}
