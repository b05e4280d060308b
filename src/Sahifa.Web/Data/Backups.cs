using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sahifa.Web.Data;

/// Whole-store backups in each store's own format: a SQLite database file made with SQLite's
/// online backup (safe while the site serves), or a pg_dump custom-format archive.
public sealed class Backups(StoreDescription store)
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] PgDumpMagic = "PGDMP"u8.ToArray();

    /// Null on success, otherwise what went wrong, for the operator.
    public async Task<string?> BackupAsync(string file, CancellationToken ct)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (store.Provider == StoreDescription.Sqlite)
        {
            File.Delete(target);
            await using var source = new SqliteConnection(store.ConnectionString);
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            return null;
        }

        return await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", target], ct);
    }

    /// Replaces the store's whole content with the backup's. Stop the site's nodes first.
    public async Task<string?> RestoreAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            return $"no such file: {file}";
        }

        var header = new byte[16];
        await using (var stream = File.OpenRead(file))
        {
            await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        }

        if (store.Provider == StoreDescription.Sqlite)
        {
            if (!header.AsSpan().StartsWith(SqliteMagic))
            {
                return "this is not a SQLite backup (a PostgreSQL backup must be restored into PostgreSQL)";
            }

            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var destination = new SqliteConnection(store.ConnectionString);
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            SqliteConnection.ClearAllPools();
            return null;
        }

        if (!header.AsSpan().StartsWith(PgDumpMagic))
        {
            return "this is not a pg_dump archive (a SQLite backup must be restored into SQLite)";
        }

        // --dbname names only the database; host, user and password still come from the environment.
        var connection = new NpgsqlConnectionStringBuilder(store.ConnectionString);
        var failure = await RunAsync(
            "pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname", connection.Database!, file], ct);
        NpgsqlConnection.ClearAllPools();
        return failure;
    }

    // The connection goes through libpq's environment variables, so the password never appears
    // on a command line that `ps` would show.
    private async Task<string?> RunAsync(string tool, string[] args, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(store.ConnectionString);
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"{tool} was not found; install PostgreSQL's client programs (Debian: postgresql-client)";
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return process.ExitCode == 0 ? null : $"{tool} failed ({process.ExitCode}): {(await errors).Trim()}";
        }
    }
}
