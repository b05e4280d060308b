using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sahifa.Web.Data;

// Let `dotnet ef migrations add` build each context without starting the web host or the CLI.
// Neither connects: adding a migration only needs the provider.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSahifaDb>
{
    public SqliteSahifaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSahifaDb>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSahifaDb>
{
    public PostgresSahifaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSahifaDb>().UseNpgsql("Host=localhost;Database=sahifa_design").Options);
}
