using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sahifa.Web.Data;

// Lets `dotnet ef migrations add` build the context without starting the web host or the CLI.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSahifaDb>
{
    public SqliteSahifaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSahifaDb>().UseSqlite("Data Source=design-time.db").Options);
}
