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
    public BrowserSahifaFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    protected override bool LoadDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A published site has site.css.gz in wwwroot. A test host runs from the build output, where
        // the precompressed copy lives under obj/ and is found only through the static web assets
        // manifest, which ASP.NET Core reads by itself only in Development. Without it, the gzip
        // request every browser sends for site.css gets 200 with an empty body: an unstyled page.
        builder.UseStaticWebAssets();
    }

    /// Starts the host and returns the address Kestrel bound, e.g. http://127.0.0.1:41234/.
    /// Migrations and the demo content are hosted services, so they are done before it listens.
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }
}
