using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sahifa.Web.Tests;

/// A fresh, empty store for one test host: a SQLite file in a temporary data directory, or, when
/// `SAHIFA_TEST_POSTGRES` holds a server connection string, a new database on that server. The
/// whole suite runs on either, which is how CI proves both stores (see .ci/run).
public sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "SAHIFA_TEST_POSTGRES";

    private readonly string? _server;
    private readonly string? _database;

    public TestStore()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "sahifa-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _server = PostgresServer;
        if (_server is not null)
        {
            _database = $"sahifa_test_{Guid.NewGuid():N}";
            Admin($"CREATE DATABASE \"{_database}\"");
            ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database, Pooling = true }.ConnectionString;
        }
    }

    /// The server to test on, or null for SQLite.
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    public string DataDirectory { get; }

    /// The PostgreSQL connection string, or null on SQLite.
    public string? ConnectionString { get; }

    /// The settings a host or a command needs to use this store.
    public IReadOnlyDictionary<string, string> Settings => ConnectionString is null
        ? new Dictionary<string, string> { ["SAHIFA_DATA"] = DataDirectory }
        : new Dictionary<string, string> { ["SAHIFA_DATA"] = DataDirectory, ["SAHIFA_DATABASE"] = ConnectionString };

    public string[] HostArgs(bool demo = false) =>
        [.. Settings.Select(s => $"--{s.Key}={s.Value}"), $"--SAHIFA_DEMO={(demo ? "true" : "false")}"];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_database is not null)
        {
            DropDatabase(_database);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up with the temp folder.
        }
    }

    // FORCE ends our own leftover sessions, but not an autovacuum worker that the server started
    // on the new database (it belongs to the superuser): wait for it a little, and if it is still
    // there, leave the database behind rather than fail a test over its clean-up.
    private void DropDatabase(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                if (attempt == 10)
                {
                    return;
                }

                Thread.Sleep(200 * attempt);
            }
        }
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// A test that needs PostgreSQL itself (several nodes on one server, pg_dump): skipped, with a
/// note on how to run it, when no server is configured.
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestStore.IsPostgres)
        {
            Skip = $"needs PostgreSQL: set {TestStore.PostgresVariable} to a server connection string (.ci/run does)";
        }
    }
}
