using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Importing;

/// An old WordPress address and where it lives now. `Path` is in the form
/// <see cref="LegacyPaths.Normalize"/> gives, so a request finds it however its
/// percent-encoding was written.
public sealed class LegacyRedirect
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public required string Target { get; set; }
}

internal sealed class LegacyRedirectConfiguration : IEntityTypeConfiguration<LegacyRedirect>
{
    public void Configure(EntityTypeBuilder<LegacyRedirect> redirect)
    {
        redirect.Property(r => r.Path).HasMaxLength(LegacyPaths.MaxPathLength);
        redirect.Property(r => r.Target).HasMaxLength(LegacyPaths.MaxUrlLength);
        redirect.HasIndex(r => r.Path).IsUnique();
    }
}
