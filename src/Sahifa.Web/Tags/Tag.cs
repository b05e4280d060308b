using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Tags;

public sealed class Tag
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    // Each edition has its own; a slug is unique within one.
    public string Edition { get; set; } = Editions.Edition.Arabic;
    public TagKind Kind { get; set; } = TagKind.Topic;

    // The same place or topic in another edition: "Qamishli" translates "القامشلي".
    public int? TranslationOfId { get; set; }
}

public enum TagKind
{
    Topic,
    Place,
    Person,
    Organisation,
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(100);
        tag.Property(t => t.Slug).HasMaxLength(100);
        tag.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        tag.Property(t => t.Edition).HasMaxLength(Editions.EditionColumn.MaxLength);
        tag.HasIndex(t => new { t.Edition, t.Slug }).IsUnique();
        tag.HasIndex(t => t.TranslationOfId);
        tag.HasOne<Tag>().WithMany().HasForeignKey(t => t.TranslationOfId).OnDelete(DeleteBehavior.SetNull);
    }
}
