using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Audit;

/// One thing a member of staff did, or tried: who, what, to what, when. Rows are only ever added.
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    // The account id and the e-mail as it was then, so the log still reads after a deletion.
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";

    /// A stable code such as "article.published"; see <see cref="AuditActions"/>.
    public required string Action { get; set; }

    /// What it was done to, in words an admin can read: "مقال 12: «…»", an e-mail, a setting.
    public string Subject { get; set; } = "";
    public string Detail { get; set; } = "";
    public string? RemoteAddress { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.ActorId).HasMaxLength(64);
        entry.Property(e => e.Subject).HasMaxLength(500);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.Action, e.At });
    }
}
