using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahifa.Web.Data;

namespace Sahifa.Web.Articles;

/// <summary>
/// One row of the durable article change feed: "article N may look different since ChangedAt".
/// </summary>
/// <remarks>
/// Anything a node keeps about articles outside the database (the search index, and later output
/// caches) follows this feed by Id, so a node that was down catches up on restart and a new node
/// builds its copy at start (issue 8: several nodes on one database). A row says only that
/// something changed; followers read the article's current state, so a row seen twice, or a
/// row for an article deleted since, is harmless.
///
/// <see cref="SahifaDb"/> writes rows itself, in the same transaction, whenever a save adds,
/// modifies or deletes an article or its byline, source or tag rows, or renames a section, tag,
/// author or source. Code that bypasses the change tracker (ExecuteUpdate/ExecuteDelete, e.g. the
/// scheduler flipping due articles to Published, an importer's bulk writes) must call
/// <see cref="ArticleChanges.Record"/> for the articles it touched and save.
/// </remarks>
public sealed class ArticleChange
{
    public long Id { get; set; }

    // Not a foreign key: the change that deletes an article must outlive it.
    public int ArticleId { get; set; }

    public DateTime ChangedAt { get; set; }
}

public static class ArticleChanges
{
    /// <summary>
    /// Adds change rows for <paramref name="articleIds"/> to the context; they are written by the
    /// next SaveChanges. Call it after an ExecuteUpdate or ExecuteDelete on articles (or in the same
    /// transaction), which the automatic recording cannot see.
    /// </summary>
    public static void Record(this SahifaDb db, IEnumerable<int> articleIds, DateTime changedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var id in articleIds.Distinct())
        {
            db.ArticleChanges.Add(new ArticleChange { ArticleId = id, ChangedAt = changedAtUtc });
        }
    }

    /// <summary>The feed after <paramref name="position"/>, oldest first.</summary>
    public static IQueryable<ArticleChange> After(this IQueryable<ArticleChange> changes, long position) =>
        changes.Where(c => c.Id > position).OrderBy(c => c.Id);
}

/// <summary>
/// Wakes the followers of the feed in this process as soon as a save has committed changes, so
/// they need not wait for their next poll. Other nodes find the rows by polling.
/// </summary>
public sealed class ArticleChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _generation;

    /// How many commits this process has announced; a follower that remembers the value it has
    /// caught up to knows whether a save it has not yet seen has committed.
    public long Generation => Interlocked.Read(ref _generation);

    public void Notify()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Notify"/>, or when <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) =>
        Task.WhenAny(Volatile.Read(ref _next).Task, Task.Delay(timeout, ct));
}

internal sealed class ArticleChangeConfiguration : IEntityTypeConfiguration<ArticleChange>
{
    public void Configure(EntityTypeBuilder<ArticleChange> change)
    {
        change.HasIndex(c => c.ArticleId);
    }
}
