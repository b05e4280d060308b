using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Data;

namespace Sahifa.Web.Settings;

/// The admins' settings as a configuration source, added last so it lies over appsettings and
/// environment variables. Features bind their options to configuration as usual and read them
/// through IOptionsMonitor or IOptionsSnapshot: when the rows change, the configuration reloads
/// and the next read sees the new value, on every node, without a restart.
public sealed class DatabaseSettings : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    // Empty until the refresher has read the database: the host builds its configuration before
    // any migration has run, so the table may not exist yet.
    public override void Load()
    {
    }

    /// Replaces what this source says; reloads the configuration only when something changed, so
    /// the regular poll does not wake every options listener for nothing.
    internal bool Apply(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == Data.Count && values.All(v => Data.TryGetValue(v.Key, out var old) && old == v.Value))
        {
            return false;
        }

        Data = values.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.OrdinalIgnoreCase);
        OnReload();
        return true;
    }
}

/// `Sahifa:Settings` in configuration.
public sealed class SettingsOptions
{
    /// How often each node reads the settings table for changes saved on another node.
    public int RefreshSeconds { get; set; } = 5;
}

/// Reads the settings table into <see cref="DatabaseSettings"/>: once at start (after the
/// migrations, before the first request), every few seconds after that, and at once when this
/// node saves. One small indexed table, a handful of rows: the poll costs next to nothing.
public sealed class SettingsRefresher(
    IServiceScopeFactory scopes,
    DatabaseSettings source,
    TimeProvider clock,
    IOptions<SettingsOptions> options,
    ILogger<SettingsRefresher> log) : BackgroundService
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

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
            var rows = await db.SiteSettings.AsNoTracking().ToListAsync(ct);
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                if (SettingsCatalogue.Find(row.Key) is { } setting && setting.Normalise(row.Value) is { } value)
                {
                    values[setting.Key] = value;
                }
                else
                {
                    log.LogWarning("Ignoring setting {Key}: not a setting this version knows, or not a valid value for it", row.Key);
                }
            }

            if (source.Apply(values))
            {
                log.LogInformation("Settings reloaded: {Count} set by admins", values.Count);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.RefreshSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; the last settings stay in force.
                log.LogWarning(e, "Could not reload the settings; keeping the ones in force");
            }
        }
    }

    public override void Dispose()
    {
        _oneAtATime.Dispose();
        base.Dispose();
    }
}
