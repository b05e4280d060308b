using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

/// The WordPress exports under Importing/Exports, written for these tests in the shapes
/// WordPress produces, and a way to import one into a test host in-process.
internal static class Exports
{
    public const string Jazira = "jazira-1.2.xml";
    public const string Small11 = "small-1.1.xml";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Importing", "Exports", name);

    public static async Task<ImportReport> ImportAsync(this SahifaFactory factory, string name)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPress>().RunAsync(PathOf(name), null, CancellationToken.None);
    }

    public static async Task<ImportReport> ImportTextAsync(this SahifaFactory factory, string xml)
    {
        var file = Path.Combine(factory.DataDirectory, $"export-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, xml);
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ImportWordPress>().RunAsync(file, null, CancellationToken.None);
    }
}
