using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Data;

public class StoreTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public void The_suite_runs_on_the_store_its_lane_asked_for()
    {
        var store = factory.Services.GetRequiredService<StoreDescription>();

        Assert.Equal(TestStore.IsPostgres ? StoreDescription.Postgres : StoreDescription.Sqlite, store.Provider);
        Assert.DoesNotContain("Password", store.Location, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("postgres://newsroom:s%40cret@db.internal:6543/sahifa?sslmode=require", "db.internal", 6543, "newsroom", "s@cret", "sahifa")]
    [InlineData("postgresql://newsroom@localhost/sahifa", "localhost", 5432, "newsroom", null, "sahifa")]
    [InlineData("Host=pg;Port=5433;Username=u;Password=hunter2secret;Database=d", "pg", 5433, "u", "hunter2secret", "d")]
    public void Database_setting_accepts_a_url_or_a_connection_string(
        string value, string host, int port, string user, string? password, string database)
    {
        var builder = DatabaseUrl.ToNpgsql(value);

        Assert.Equal(host, builder.Host);
        Assert.Equal(port, builder.Port);
        Assert.Equal(user, builder.Username);
        Assert.Equal(password, builder.Password);
        Assert.Equal(database, builder.Database);
        if (password is not null)
        {
            Assert.DoesNotContain(password, DatabaseUrl.Describe(builder));
        }
    }
}
