using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Readers;

/// How many readers' posts one client sent in one rate window. Kept in the shared database so
/// that every node counts against the same allowance: with the per-process limiter a reader got
/// the allowance once per node (issue 20). Readers post rarely, so a row per client and window
/// costs little; rows of past windows are deleted as new windows start (ReaderPostCounter).
public sealed class ReaderPostCount
{
    // An IPv6 /64 written out ("2001:db8:85a3:8d3::/64") is at most 43 characters.
    public const int MaxClientKeyLength = 64;

    public required string ClientKey { get; set; }

    /// The start of the window in UTC: a whole multiple of the window length since the Unix
    /// epoch, so every node puts a post in the same window.
    public DateTime WindowStart { get; set; }

    public int Count { get; set; }
}

public sealed class ReaderPostCountConfiguration : IEntityTypeConfiguration<ReaderPostCount>
{
    public void Configure(EntityTypeBuilder<ReaderPostCount> builder)
    {
        builder.HasKey(c => new { c.ClientKey, c.WindowStart });
        builder.Property(c => c.ClientKey).HasMaxLength(ReaderPostCount.MaxClientKeyLength);
        // The clean-up deletes by window alone.
        builder.HasIndex(c => c.WindowStart);
    }
}
