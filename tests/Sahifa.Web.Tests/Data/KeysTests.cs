using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Sahifa.Web.Tests.Data;

public class KeysTests
{
    [Fact]
    public void What_one_node_protects_another_node_on_the_same_database_can_read()
    {
        using var first = new SahifaFactory();
        var otherDisk = Path.Combine(Path.GetTempPath(), "sahifa-tests", Guid.NewGuid().ToString("N"));

        // On PostgreSQL the second node gets a data directory of its own, as a second machine
        // would: only the database is shared. (On SQLite the database is in the data directory.)
        using var second = first.WithWebHostBuilder(b =>
        {
            if (TestStore.IsPostgres)
            {
                b.UseSetting("SAHIFA_DATA", otherDisk);
            }
        });

        var sealedByFirst = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("جلسة محرر");
        var readBySecond = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedByFirst);

        Assert.Equal("جلسة محرر", readBySecond);
        if (Directory.Exists(otherDisk))
        {
            Directory.Delete(otherDisk, recursive: true);
        }
    }
}
