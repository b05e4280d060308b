using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Search;

/// <summary>
/// The equivalents the newsroom saved, as every search on this node reads them: loaded before the
/// first request, reloaded at once when this node saves, and every few seconds for saves made on
/// another node. A list of a few hundred short lines: the poll costs one small read.
/// </summary>
public sealed class NewsroomEquivalents(IServiceScopeFactory scopes, ILogger<NewsroomEquivalents> log) : BackgroundService
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private string[] _lines = [];

    public SearchEquivalents Current { get; private set; } = SearchEquivalents.None;

    /// Changes whenever <see cref="Current"/> does, so cached result pages made with the old list
    /// are not served after a save.
    public int Version { get; private set; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            var lines = await db.EquivalentGroups.AsNoTracking().OrderBy(g => g.Position).Select(g => g.Names).ToArrayAsync(ct);
            if (lines.AsSpan().SequenceEqual(_lines))
            {
                return;
            }

            // Lines were checked when saved; one a later version would refuse is skipped, not fatal.
            var (equivalents, errors) = SearchEquivalents.Parse(lines);
            foreach (var error in errors)
            {
                log.LogWarning("Search equivalents: ignoring a saved line: {Error}", error);
            }

            (_lines, Current) = (lines, equivalents);
            Version++;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Refresh);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await ReloadAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Search equivalents could not be read; searches keep the list they have");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
