using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Authors;
using Sahifa.Web.Sections;
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

public sealed class SqliteSahifaDb(DbContextOptions<SqliteSahifaDb> options) : SahifaDb(options);

public sealed class PostgresSahifaDb(DbContextOptions<PostgresSahifaDb> options) : SahifaDb(options);
