using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sahifa.Web.Tests.Nodes;

/// One Sahifa process, started the way an operator starts a node: the real binary, its own port,
/// the store given by environment variables.
public sealed class SahifaNode : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly StringBuilder _log = new();
    private Process? _process;

    public SahifaNode(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        _settings = settings;
        Port = FreePort();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{Port}"),
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    public string Name { get; }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Sahifa.Web.dll"), "serve", "--urls", $"http://127.0.0.1:{Port}" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        // A machine of its own: its own data folder (search index, logs), nothing shared on disk,
        // so whatever both nodes serve alike came through the database.
        if (_settings.TryGetValue("SAHIFA_DATA", out var data))
        {
            start.Environment["SAHIFA_DATA"] = Path.Combine(data, $"node-{Name}");
        }

        start.Environment["SAHIFA_DEMO"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // A cold start migrates an empty database and compiles on first use; on a CI box busy
        // with other builds that has taken over a minute.
        await Eventually.WithinAsync(IsHealthyAsync, TimeSpan.FromSeconds(120), $"node {Name} did not become healthy:\n{Log}");
    }

    private async Task<bool> IsHealthyAsync()
    {
        if (_process!.HasExited)
        {
            throw new InvalidOperationException($"node {Name} exited with {_process.ExitCode}:\n{Log}");
        }

        try
        {
            using var health = await Client.GetAsync("/healthz");
            return health.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            // not listening yet
            return false;
        }
        catch (TaskCanceledException)
        {
            // listening, but too busy starting to answer within the client's timeout
            return false;
        }
    }

    /// Killed outright, as a crashed machine would be: no graceful shutdown.
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Client.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
