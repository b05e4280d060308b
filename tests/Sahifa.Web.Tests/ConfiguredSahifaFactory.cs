using Microsoft.AspNetCore.Hosting;

namespace Sahifa.Web.Tests;

/// The application with a few settings of its own, given as configuration keys, e.g.
/// `new ConfiguredSahifaFactory(("Sahifa:Feeds:Items", "2"))`.
public sealed class ConfiguredSahifaFactory(params (string Key, string Value)[] settings) : SahifaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
