using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Sections;

public sealed class Section
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    // Each edition has its own; a slug is unique within one.
    public string Edition { get; set; } = Editions.Edition.Arabic;

    // Order of the section blocks on the front page and in the navigation.
    public int Position { get; set; }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Name).HasMaxLength(100);
        section.Property(s => s.Slug).HasMaxLength(100);
        section.Property(s => s.Edition).HasMaxLength(Editions.EditionColumn.MaxLength);
        section.HasIndex(s => new { s.Edition, s.Slug }).IsUnique();
    }
}
