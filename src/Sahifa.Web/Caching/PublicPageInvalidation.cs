using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Caching;

/// Follows the article change feed and evicts the cached pages each change touches: the
/// article's page, the front page, feeds and sitemaps, and the archives it is in now or was in
/// when this node last looked. It wakes at once for saves on this node and polls for the others,
/// so every node of a cluster drops a changed page within a poll. A scheduled article needs no
/// change to go public, so the follower also watches the clock for the next one falling due.
public sealed class PublicPageInvalidation(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ArticleChangeSignal signal,
    IOutputCacheStore store,
    CdnPurge purge,
    Sections.SectionList sectionList,
    IConfiguration configuration,
    ILogger<PublicPageInvalidation> log) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private const int Batch = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);
    // Which archives each article was in when last seen, so moving it out of one clears that one.
    private readonly ConcurrentDictionary<int, string[]> _lastSeen = new();
    private long _position = -1;
    private long _caughtUp = -1;
    private string? _sections;
    // Ticks of the earliest scheduled time still ahead; long.MaxValue when nothing is scheduled.
    private long _nextDue = long.MaxValue;

    /// A save in this process has committed that this follower has not yet handled, or a
    /// scheduled article has fallen due since the last pass.
    public bool IsBehind => signal.Generation > Volatile.Read(ref _caughtUp) || IsDue;

    // Readers see a scheduled article from its minute (ArticleQueries.PublishedAsOf), whether or
    // not the scheduler has marked it published yet, so the pages it enters must go at that minute.
    private bool IsDue => clock.GetUtcNow().UtcDateTime.Ticks >= Volatile.Read(ref _nextDue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Site settings (name, digits, month names) show on every page; they reload the
        // configuration on every node when an admin changes them.
        using var settings = ChangeToken.OnChange(configuration.GetReloadToken, EvictAll);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(always: true, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away; pages stay cached a while longer, no worse.
                log.LogWarning(e, "Following the article change feed failed; retrying");
            }

            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    /// Handles every change committed so far. Readers call it when <see cref="IsBehind"/>; those
    /// arriving together share one pass.
    public Task CatchUpAsync(CancellationToken ct) => CatchUpAsync(always: false, ct);

    /// Remembers which archives a rendered article page is in, so that moving it out of one
    /// later also clears that archive on this node.
    public void Saw(int articleId, string[] archives) => _lastSeen[articleId] = archives;

    // The background loop always reads the feed, because other nodes' changes raise no signal
    // here; a reader stops as soon as this node's own saves are handled.
    private async Task CatchUpAsync(bool always, CancellationToken ct)
    {
        var generation = signal.Generation;
        await _gate.WaitAsync(ct);
        try
        {
            if (!always && _position >= 0 && Volatile.Read(ref _caughtUp) >= generation && !IsDue)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            var handled = false;
            if (_position < 0)
            {
                // A new process has an empty cache: nothing before now can be stale in it.
                _position = await db.ArticleChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
                _sections = await SectionsAsync(db, ct);
                handled = true;
            }
            else if (IsDue)
            {
                // Still marked scheduled but public now; evicting one twice (again when the
                // scheduler marks it) costs a page build, missing one would show a stale page.
                var fallen = await db.Articles.AsNoTracking()
                    .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
                    .Select(a => a.Id).ToListAsync(ct);
                if (fallen.Count > 0)
                {
                    await EvictAsync(db, fallen, ct);
                }

                handled = true;
            }

            while (true)
            {
                var changes = await db.ArticleChanges.AsNoTracking().After(_position).Take(Batch)
                    .Select(c => new { c.Id, c.ArticleId }).ToListAsync(ct);
                if (changes.Count == 0)
                {
                    break;
                }

                await EvictAsync(db, changes.Select(c => c.ArticleId).Distinct().ToList(), ct);
                _position = changes[^1].Id;
                handled = true;
            }

            if (handled)
            {
                // Any change may have scheduled, rescheduled or unscheduled an article.
                var next = await db.Articles.AsNoTracking()
                    .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt > now)
                    .MinAsync(a => a.PublishedAt, ct);
                Volatile.Write(ref _nextDue, next?.Ticks ?? long.MaxValue);
            }

            Volatile.Write(ref _caughtUp, generation);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task EvictAsync(SahifaDb db, List<int> ids, CancellationToken ct)
    {
        // Search answers are keyed by the index's version as well; this also clears the ones a
        // scheduled article enters at its minute, with no change to the index.
        var tags = new HashSet<string>(StringComparer.Ordinal) { PublicPageTags.Front, PublicPageTags.Feeds, PublicPageTags.Sitemaps, PublicPageTags.Search };
        var now = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .AsSplitQuery()
            .Select(a => new
            {
                a.Id,
                Section = a.Section.Slug,
                Tags = a.Tags.Select(t => t.Tag.Slug).ToList(),
                Sources = a.Sources.Select(s => s.Source.Slug).ToList(),
                Authors = a.Authors.Select(x => x.Author.Slug).ToList(),
            })
            .ToListAsync(ct);
        var archivesNow = now.ToDictionary(a => a.Id, a => new[] { PublicPageTags.Section(a.Section) }
            .Concat(a.Tags.Select(PublicPageTags.Tag))
            .Concat(a.Sources.Select(PublicPageTags.Source))
            .Concat(a.Authors.Select(PublicPageTags.Author))
            .ToArray());
        foreach (var id in ids)
        {
            tags.Add(PublicPageTags.Article(id));
            if (_lastSeen.TryGetValue(id, out var before))
            {
                tags.UnionWith(before);
            }

            if (archivesNow.TryGetValue(id, out var current))
            {
                tags.UnionWith(current);
                _lastSeen[id] = current;
            }
            else
            {
                _lastSeen.TryRemove(id, out _);
            }
        }

        // The section list is in every page's header: a new or renamed section changes them all.
        var sections = await SectionsAsync(db, ct);
        if (!string.Equals(sections, _sections, StringComparison.Ordinal))
        {
            _sections = sections;
            sectionList.Forget();
            tags.Add(PublicPageTags.All);
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
        }

        purge.Send(tags);
    }

    private void EvictAll()
    {
        sectionList.Forget();
        // The memory store evicts synchronously, so the page after the admin's save is new.
        store.EvictByTagAsync(PublicPageTags.All, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        purge.Send([PublicPageTags.All]);
    }

    private static async Task<string> SectionsAsync(SahifaDb db, CancellationToken ct)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => s.Slug + "\u001f" + s.Name).ToListAsync(ct);
        return string.Join('\u001e', sections);
    }
}
