using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Cli;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Tests.Cli;

/// The commands run in-process against a temporary SQLite file, as an operator would run them.
public sealed class SahifaCliTests : IDisposable
{
    private readonly TestStore _store = new();

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SahifaCli.RunAsync(args, output, error, _store.HostArgs());
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_brings_an_empty_store_up_to_date()
    {
        var (exit, output, _) = await RunAsync("migrate");

        Assert.Equal(0, exit);
        Assert.Contains("up to date", output);
        await using var app = SahifaHost.Build(_store.HostArgs(), forCommand: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while an editor saves.
            Assert.True(File.Exists(Path.Combine(_store.DataDirectory, "sahifa.db")));
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Users_add_then_tokens_create_prints_a_token_once_and_stores_only_its_hash()
    {
        var added = await RunAsync("users", "add", "--email", "editor@example.org", "--role", "editor", "--password", "a long enough passphrase");
        var token = await RunAsync("tokens", "create", "--email", "editor@example.org");

        Assert.Equal(0, added.Exit);
        Assert.Contains("editor@example.org", added.Output);
        Assert.Equal(0, token.Exit);
        var secret = token.Output.Trim();
        Assert.StartsWith("sahifa_", secret);

        await using var app = SahifaHost.Build(_store.HostArgs(), forCommand: true);
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<SahifaDb>().ApiTokens.Select(t => t.Hash).SingleAsync();
        Assert.NotNull(stored);
        Assert.NotEqual(secret, stored);
        Assert.DoesNotContain(secret, stored);
    }

    [Fact]
    public async Task Users_add_without_a_password_generates_one_and_shows_it_once()
    {
        var (exit, output, _) = await RunAsync("users", "add", "--email", "admin@example.org", "--role", "admin");

        Assert.Equal(0, exit);
        Assert.Contains("Password (shown once):", output);
    }

    [Theory]
    [InlineData("users", "add", "--email", "x@example.org", "--role", "owner")]
    [InlineData("users", "add", "--role", "editor")]
    [InlineData("users", "add", "--email", "not-an-email", "--role", "editor")]
    [InlineData("users", "add", "--email", "short@example.org", "--role", "writer", "--password", "short")]
    [InlineData("tokens", "create", "--email", "nobody@example.org")]
    [InlineData("tokens", "create")]
    [InlineData("frobnicate", "--now")]
    public async Task Bad_arguments_fail_with_a_message_and_a_non_zero_exit(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.NotEqual(0, exit);
        Assert.False(string.IsNullOrWhiteSpace(error + output));
    }

    [Fact]
    public async Task Adding_the_same_e_mail_twice_is_refused()
    {
        Assert.Equal(0, (await RunAsync("users", "add", "--email", "twice@example.org", "--role", "writer")).Exit);

        var (exit, _, error) = await RunAsync("users", "add", "--email", "twice@example.org", "--role", "editor");

        Assert.Equal(1, exit);
        Assert.Contains("already exists", error);
    }

    public void Dispose() => _store.Dispose();
}
