using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Data;

namespace Sahifa.Web.Readers;

/// Counts a reader's post against the client's allowance for the current window, in the shared
/// database, so the allowance holds across all nodes.
public sealed class ReaderPostCounter(SahifaDb db, TimeProvider clock, IOptionsMonitor<ReaderOptions> settings, ILogger<ReaderPostCounter> log)
{
    /// Null when the post may go on; otherwise how long until the client's next window opens.
    public async Task<TimeSpan?> CountAsync(string clientKey, CancellationToken ct)
    {
        var options = settings.CurrentValue;
        var window = TimeSpan.FromSeconds(options.RateWindowSeconds);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - (now.Ticks % window.Ticks), DateTimeKind.Utc);

        var count = await ReaderPostCountSql.IncrementAsync(db, clientKey, start, ct);
        if (count == 1)
        {
            // A client's first post in a window: now and then, as readers post, so past windows
            // never pile up and no background job is needed.
            var gone = await db.ReaderPostCounts.Where(c => c.WindowStart < start).ExecuteDeleteAsync(ct);
            if (gone > 0)
            {
                log.LogDebug("Deleted {Count} readers' post counts of past windows", gone);
            }
        }

        return count <= options.PostsPerWindow ? null : start + window - now;
    }
}

/// The one piece of hand-written SQL in Readers/: an atomic "add one, or start at one" that
/// returns the new count. EF Core has no upsert, and a read followed by a write would let two
/// nodes both see 19 of 20 and both let a post through. The same text runs on SQLite (3.35 and
/// later, for RETURNING) and PostgreSQL (9.5 and later, for ON CONFLICT); both test lanes cover it.
internal static class ReaderPostCountSql
{
    public static async Task<int> IncrementAsync(SahifaDb db, string clientKey, DateTime windowStart, CancellationToken ct)
    {
        // Not composed further, so EF sends the statement as written (an INSERT cannot be a
        // subquery); "Value" is the column name EF reads a scalar from.
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "ReaderPostCounts" ("ClientKey", "WindowStart", "Count")
            VALUES ({clientKey}, {windowStart}, 1)
            ON CONFLICT ("ClientKey", "WindowStart") DO UPDATE SET "Count" = "ReaderPostCounts"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        return counts.Single();
    }
}
