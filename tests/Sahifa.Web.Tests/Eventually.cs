using System.Diagnostics;

namespace Sahifa.Web.Tests;

/// For what Sahifa does in the background after a save (the search index, other nodes' caches):
/// the condition must hold within the limit, a second unless said otherwise. On timeout the test
/// fails, saying what was awaited and for how long; no caller goes on as if it had held.
public static class Eventually
{
    public static async Task<TimeSpan> WithinAsync(Func<Task<bool>> condition, TimeSpan? limit = null, string? what = null)
    {
        var deadline = limit ?? TimeSpan.FromSeconds(1);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed >= deadline)
            {
                throw new Xunit.Sdk.XunitException($"{what ?? "the condition did not hold"} (gave up after {clock.Elapsed.TotalSeconds:0.0#} s, limit {deadline.TotalSeconds:0.#} s)");
            }

            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    /// Reads until the value is what the test waits for, and returns it; on timeout the message
    /// also shows the last value read.
    public static async Task<T> WithinAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? limit = null, string? what = null)
    {
        var last = default(T)!;
        try
        {
            await WithinAsync(async () => done(last = await read()), limit, what);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}; last read: {last}");
        }

        return last;
    }
}
