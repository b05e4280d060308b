using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Articles;

/// Turns scheduled articles into published ones when their time comes. Readers see a scheduled
/// article from its time regardless (ArticleQueries.PublishedAsOf); this marks the moment in the
/// article's state and the audit log, once, however many nodes run it: each article is claimed
/// by a conditional UPDATE that only one node can win. After a restart it catches up on
/// everything that fell due while it was down.
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishing> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away (a restart, a failover): try again next tick.
                log.LogWarning(e, "Scheduled publishing failed; retrying");
            }

            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    /// Publishes what is due now; returns the ids this node published.
    public async Task<IReadOnlyList<int>> PublishDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .OrderBy(a => a.PublishedAt)
            .Select(a => new { a.Id, a.Headline, a.PublishedAt })
            .ToListAsync(ct);

        var published = new List<int>();
        foreach (var article in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Articles
                .Where(a => a.Id == article.Id && a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ArticleStatus.Published), ct);
            if (claimed == 1)
            {
                audit.Add(AuditActions.ArticlePublished, AuditActions.ArticleSubject(article.Id, article.Headline), "نُشر في موعده المجدول", actorName: "الجدولة");
                // The UPDATE went around the change tracker, so tell the feed's followers (search,
                // caches) ourselves, in the same transaction. Readers saw the change at the
                // scheduled time, which is what feeds' Last-Modified should say, not this tick.
                db.Record([article.Id], article.PublishedAt ?? now);
                await db.SaveChangesAsync(ct);
                published.Add(article.Id);
                log.LogInformation("Published scheduled article {Id}", article.Id);
            }

            await transaction.CommitAsync(ct);
        }

        return published;
    }
}
