using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Accounts;

/// A bearer token for the JSON API. Only a SHA-256 hash is stored: the token itself is shown once.
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string StaffUserId { get; set; }
    public StaffUser StaffUser { get; set; } = null!;
    public required string Hash { get; set; }

    // The first characters, so staff can tell their tokens apart without the secret.
    public required string Prefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne(t => t.StaffUser).WithMany().HasForeignKey(t => t.StaffUserId);
    }
}
