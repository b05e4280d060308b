using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Sahifa.Web.Tests.Browser;

/// The demo site served by Kestrel on a real loopback socket: a browser cannot reach the
/// in-memory TestServer that the other tests use. Port 0 lets the OS pick a free port, so
/// parallel runs never collide.
public sealed class BrowserSahifaFactory : SahifaFactory
{
    public BrowserSahifaFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    protected override bool LoadDemo => true;

    /// Starts the host (migrations and demo content run before Kestrel listens) and returns the
    /// address Kestrel bound, e.g. http://127.0.0.1:41234/.
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Console.WriteLine($"addresses: {string.Join(", ", addresses)}; base: {ClientOptions.BaseAddress}");
        return new Uri(addresses.Single());
    }
}
