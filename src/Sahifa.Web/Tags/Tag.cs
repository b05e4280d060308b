using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Tags;

public sealed class Tag
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public TagKind Kind { get; set; } = TagKind.Topic;
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
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
