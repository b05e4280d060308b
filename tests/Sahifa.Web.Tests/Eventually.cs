using System.Diagnostics;

namespace Sahifa.Web.Tests;

/// For what Sahifa does in the background after a save (the search index, other nodes' caches):
/// the condition must hold within the limit, a second unless said otherwise.
public static class Eventually
{
    public static async Task<TimeSpan> WithinAsync(Func<Task<bool>> condition, TimeSpan? limit = null, string? what = null)
    {
        var deadline = limit ?? TimeSpan.FromSeconds(1);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < deadline, what ?? $"not within {deadline.TotalSeconds:0.#} s");
            await Task.Delay(20);
        }

        return clock.Elapsed;
    }
}
