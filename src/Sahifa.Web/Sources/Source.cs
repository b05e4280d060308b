using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Sources;

/// An outlet or body a report relies on; its page lists every article citing it.
public sealed class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    // Each edition has its own; a slug is unique within one.
    public string Edition { get; set; } = Editions.Edition.Arabic;
    public string? Url { get; set; }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> source)
    {
        source.Property(s => s.Name).HasMaxLength(200);
        source.Property(s => s.Slug).HasMaxLength(200);
        source.Property(s => s.Url).HasMaxLength(2000);
        source.Property(s => s.Edition).HasMaxLength(Editions.EditionColumn.MaxLength);
        source.HasIndex(s => new { s.Edition, s.Slug }).IsUnique();
    }
}
