using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Authors;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Importing;
using Sahifa.Web.Media;
using Sahifa.Web.Readers;
using Sahifa.Web.Search;
using Sahifa.Web.Sections;
using Sahifa.Web.Settings;
using Sahifa.Web.Sources;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Data;

/// The one database context. Each provider gets a thin subtype so that it has its own
/// migration set (EF Core's "migrations with multiple providers").
public abstract class SahifaDb(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    // Data protection keys in the database, so every app node signs and reads the same cookies
    // and antiforgery tokens.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<ArticleChange> ArticleChanges => Set<ArticleChange>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<ImportedItem> ImportedItems => Set<ImportedItem>();
    public DbSet<ImportedMedia> ImportedMedia => Set<ImportedMedia>();
    public DbSet<LegacyRedirect> LegacyRedirects => Set<LegacyRedirect>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<ReaderPostCount> ReaderPostCounts => Set<ReaderPostCount>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<EquivalentGroup> EquivalentGroups => Set<EquivalentGroup>();

    // Every save that changes what an article looks like also writes to the article change feed,
    // in the same transaction (see ArticleChange for who relies on it and what bulk writes must do).
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var touched = Touched();
        if (touched.IsEmpty)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (!acceptAllChangesOnSuccess)
        {
            // The caller accepts the changes itself (a retrying strategy), so a second save here
            // would write them twice: record what is known before saving instead.
            this.Record(touched.ArticleIds(this).Where(id => id > 0), Now());
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var count = base.SaveChanges(acceptAllChangesOnSuccess);
        this.Record(touched.ArticleIds(this), Now());
        base.SaveChanges(acceptAllChangesOnSuccess);
        own?.Commit();
        NotifyOnCommit(own is null);
        return count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = Touched();
        if (touched.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (!acceptAllChangesOnSuccess)
        {
            this.Record(touched.ArticleIds(this).Where(id => id > 0), Now());
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        this.Record(touched.ArticleIds(this), Now());
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        NotifyOnCommit(own is null);
        return count;
    }

    // Followers told before the caller's own transaction commits would read the feed, find
    // nothing yet and call themselves current: wait for the commit (NotifyAfterCommit).
    internal bool PendingNotify { get; set; }

    private void NotifyOnCommit(bool inCallersTransaction)
    {
        if (inCallersTransaction)
        {
            PendingNotify = true;
        }
        else
        {
            Notify();
        }
    }

    internal void Notify() => AppService<ArticleChangeSignal>()?.Notify();

    private TouchedArticles Touched()
    {
        var touched = new TouchedArticles();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                touched.Add(entry.Entity, entry.State);
            }
        }

        return touched;
    }

    private DateTime Now() => (AppService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    private T? AppService<T>()
        where T : class =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<T>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SahifaDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are written as UTC; SQLite hands them back as Unspecified, so say what they are.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// What a save is about to change that the article change feed must hear of. Ids are read after
/// the save, when new articles have theirs.
internal sealed class TouchedArticles
{
    private readonly List<Article> _articles = [];
    private readonly List<Func<int>> _joins = [];
    private readonly List<int> _sections = [];
    private readonly List<int> _tags = [];
    private readonly List<int> _authors = [];
    private readonly List<int> _sources = [];
    private bool _recorded;

    // A change recorded by hand (ArticleChanges.Record) counts too, so this process's followers
    // are told at once of, say, an approved comment.
    public bool IsEmpty => !_recorded && _articles.Count + _joins.Count + _sections.Count + _tags.Count + _authors.Count + _sources.Count == 0;

    public void Add(object entity, EntityState state)
    {
        switch (entity)
        {
            case Article article:
                _articles.Add(article);
                break;
            case ArticleChange when state == EntityState.Added:
                _recorded = true;
                break;
            case ArticleAuthor join:
                _joins.Add(() => join.ArticleId);
                break;
            case ArticleSource join:
                _joins.Add(() => join.ArticleId);
                break;
            case ArticleTag join:
                _joins.Add(() => join.ArticleId);
                break;
            // A rename changes every article that shows the name; a new one has no articles yet.
            case Section section when state == EntityState.Modified:
                _sections.Add(section.Id);
                break;
            case Tag tag when state == EntityState.Modified:
                _tags.Add(tag.Id);
                break;
            case Author author when state == EntityState.Modified:
                _authors.Add(author.Id);
                break;
            case Source source when state == EntityState.Modified:
                _sources.Add(source.Id);
                break;
            default:
                break;
        }
    }

    public List<int> ArticleIds(SahifaDb db)
    {
        var ids = _articles.Select(a => a.Id).Concat(_joins.Select(id => id())).ToHashSet();
        if (_sections.Count > 0)
        {
            ids.UnionWith(db.Articles.Where(a => _sections.Contains(a.SectionId)).Select(a => a.Id));
        }

        if (_tags.Count > 0)
        {
            ids.UnionWith(db.Set<ArticleTag>().Where(x => _tags.Contains(x.TagId)).Select(x => x.ArticleId));
        }

        if (_authors.Count > 0)
        {
            ids.UnionWith(db.Set<ArticleAuthor>().Where(x => _authors.Contains(x.AuthorId)).Select(x => x.ArticleId));
        }

        if (_sources.Count > 0)
        {
            ids.UnionWith(db.Set<ArticleSource>().Where(x => _sources.Contains(x.SourceId)).Select(x => x.ArticleId));
        }

        return [.. ids];
    }
}

/// Tells the change feed's followers once a transaction that recorded changes has committed.
internal sealed class NotifyAfterCommit : DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        Signal(eventData.Context);

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Signal(DbContext? context)
    {
        if (context is SahifaDb { PendingNotify: true } db)
        {
            db.PendingNotify = false;
            db.Notify();
        }
    }
}

public sealed class SqliteSahifaDb(DbContextOptions<SqliteSahifaDb> options) : SahifaDb(options);

public sealed class PostgresSahifaDb(DbContextOptions<PostgresSahifaDb> options) : SahifaDb(options);
