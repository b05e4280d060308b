namespace Sahifa.Web.Tests.Browser;

/// Whether the browser tests were excused on this machine. Decided when xunit discovers the
/// tests, so an excused test reports "skipped" with the reason instead of passing unseen.
public static class BrowserTests
{
    public const string SkipVariable = "SAHIFA_SKIP_BROWSER";

    public static bool Excused => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    public const string SkipReason =
        $"{SkipVariable}=1: the browser tests need Debian's `chromium` and `fonts-noto-core` packages " +
        "(apt-get install chromium fonts-noto-core, or run .ci/run, which does); unset it to run them.";
}

/// A browser test: skipped when SAHIFA_SKIP_BROWSER=1. Without that a missing Chromium fails
/// the test with instructions (<see cref="ChromiumFixture.EnsureRunning"/>), so CI cannot pass
/// without running it.
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserTests.Excused)
        {
            Skip = BrowserTests.SkipReason;
        }
    }
}

public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserTests.Excused)
        {
            Skip = BrowserTests.SkipReason;
        }
    }
}
