using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Sahifa.Web.Tests.Browser;

/// The demo site served by Kestrel on a real loopback socket: a browser cannot reach the
/// in-memory TestServer that the other tests use. Port 0 lets the OS pick a free port, so
/// parallel test runs never collide.
public sealed class BrowserSahifaFactory : SahifaFactory
{
    private readonly (string Key, string Value)[] _settings;

    /// <param name="settings">Configuration of its own, e.g. a site with several editions.</param>
    public BrowserSahifaFactory(params (string Key, string Value)[] settings)
    {
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override bool LoadDemo => true;

    /// Starts the host and returns the address Kestrel bound, e.g. http://127.0.0.1:41234/.
    /// Migrations and the demo content are hosted services, so they are done before it listens.
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }
}
