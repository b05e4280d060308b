using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Sahifa.Web.Tests.Browser;

/// One demo site and one headless Chromium, shared by every test in a class: starting them is
/// most of a browser test's cost. Playwright drives Debian's chromium package, because
/// Playwright's own browser download is not available where Sahifa is built.
public class ChromiumFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string MissingMessage =
        $"{ChromiumPath} is missing. Install Debian's `chromium` and `fonts-noto-core` packages " +
        "(apt-get install chromium fonts-noto-core), or run .ci/run, which does. " +
        $"Set {BrowserTests.SkipVariable}=1 to skip the browser tests on a machine without them.";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private BrowserSahifaFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Root { get; private set; } = new("http://127.0.0.1/");

    /// The site the browser talks to, for tests that make staff accounts or move its clock.
    public BrowserSahifaFactory Site => _site ?? throw new InvalidOperationException("the browser site is not running");

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (BrowserTests.Excused || !File.Exists(ChromiumPath))
        {
            return;
        }

        _site = CreateSite();
        Root = _site.Start();
        await SeedAsync(_site);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
    }

    /// The site under test: the demo site, unless a fixture needs another.
    protected virtual BrowserSahifaFactory CreateSite() => new();

    /// Content a fixture adds to the site once it runs.
    protected virtual Task SeedAsync(BrowserSahifaFactory site) => Task.CompletedTask;

    /// A staff account on the site the browser sees; returns its e-mail (password
    /// <see cref="SahifaFactory.StaffPassword"/>).
    public Task<string> StaffAsync(string role) => _site!.StaffAsync(role);

    /// A missing browser fails the test with how to install it; SAHIFA_SKIP_BROWSER=1 skips the
    /// tests before they get here (<see cref="BrowserFactAttribute"/>).
    public void EnsureRunning()
    {
        if (_browser is null)
        {
            throw new Xunit.Sdk.XunitException(MissingMessage);
        }
    }

    /// A fresh page in its own context (no shared cookies or history) with a viewport of the given
    /// width. It is a desktop window, not mobile emulation: a phone browser zooms out to fit an
    /// overflowing page, which would hide the very overflow these tests look for.
    public async Task<BrowserPage> OpenAsync(int width, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ar",
            BaseURL = Root.ToString(),
        });
        // Generous: a loaded 2-core CI machine can take seconds to start a page; a real failure still fails.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// A page and its context, closed together; also collects what went wrong while it loaded.
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Enqueue($"console error: {message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => Problems.Enqueue($"page error: {error}");
        page.RequestFailed += (_, request) => Problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// Console errors (a CSP violation shows up here), script errors, failed and 4xx/5xx requests.
    /// Playwright raises its events on its own threads, hence the concurrent queue.
    public ConcurrentQueue<string> Problems { get; } = [];

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
