using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sahifa.Web.Data;

public static class DataModule
{
    /// The data directory: `./data` unless `SAHIFA_DATA` says otherwise.
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["SAHIFA_DATA"] is { Length: > 0 } dir ? dir : "data");

    private static readonly NotifyAfterCommit CommitSignal = new();

    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        // Read the configuration when the context is first built, not here: test hosts and
        // commands add their settings after this runs.
        builder.Services.AddSingleton(sp => Store(sp.GetRequiredService<IConfiguration>()));
        // Pooled: an uncached page borrows a context instead of building one and its services.
        builder.Services.AddDbContextPool<SqliteSahifaDb>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<StoreDescription>().ConnectionString).AddInterceptors(CommitSignal));
        builder.Services.AddDbContextPool<PostgresSahifaDb>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<StoreDescription>().ConnectionString).AddInterceptors(CommitSignal));
        builder.Services.AddScoped<SahifaDb>(sp => sp.GetRequiredService<StoreDescription>().Provider == StoreDescription.Postgres
            ? sp.GetRequiredService<PostgresSahifaDb>()
            : sp.GetRequiredService<SqliteSahifaDb>());
        builder.Services.AddSingleton<Articles.ArticleChangeSignal>();
        builder.Services.AddHostedService<MigrateOnStart>();
        return builder;
    }

    /// PostgreSQL when `SAHIFA_DATABASE` is set; otherwise SQLite in the data directory.
    public static StoreDescription Store(IConfiguration configuration)
    {
        if (configuration["SAHIFA_DATABASE"] is { Length: > 0 } database)
        {
            var npgsql = DatabaseUrl.ToNpgsql(database);
            return new StoreDescription(StoreDescription.Postgres, DatabaseUrl.Describe(npgsql), npgsql.ConnectionString);
        }

        var directory = DataDirectory(configuration);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "sahifa.db");
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            // Concurrent writers wait for the lock rather than failing at once.
            DefaultTimeout = 30,
        }.ToString();
        return new StoreDescription(StoreDescription.Sqlite, file, connection);
    }

    /// Applies pending migrations. Called on start and by `sahifa migrate`.
    public static async Task MigrateAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<SahifaDb>>();
        var store = scope.ServiceProvider.GetRequiredService<StoreDescription>();
        logger.LogInformation("Using {Store} store at {Location}", store.Provider, store.Location);

        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while an editor saves; the setting is stored in the file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        // Asking a fresh PostgreSQL database for its history logs a failed query; look first.
        var pending = await db.GetService<IHistoryRepository>().ExistsAsync(ct)
            ? (await db.Database.GetPendingMigrationsAsync(ct)).ToList()
            : db.Database.GetMigrations().ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        if (db.Database.IsNpgsql())
        {
            // EF's own migration lock on PostgreSQL lasts one migration's transaction, so two nodes
            // starting together could interleave a multi-migration upgrade and apply one twice.
            // A session advisory lock held across the whole run lets one node migrate at a time.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        await db.Database.MigrateAsync(ct);
    }

    // Any constant shared by every node; "Sahifa" in ASCII.
    private const long MigrationLockKey = 0x536168696661;
}

/// Which store is in use. `Location` is for the log and never carries a password.
public sealed record StoreDescription(string Provider, string Location, string ConnectionString)
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";
}
