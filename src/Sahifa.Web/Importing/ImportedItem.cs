using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Importing;

/// Which Sahifa row a WordPress post or comment became, so importing the same export again
/// updates those rows instead of adding copies.
public sealed class ImportedItem
{
    public int Id { get; set; }
    public ImportedKind Kind { get; set; }
    public long WordPressId { get; set; }
    public int SahifaId { get; set; }

    // The attachment WordPress named as the post's featured image (`_thumbnail_id`); its URL is
    // in ImportedMedia until media are imported for real.
    public long? FeaturedMediaId { get; set; }

    public DateTime ImportedAt { get; set; }

    // The article's Version as the import left it. When the article's own is higher, the
    // newsroom has saved it since, and a later import leaves it alone rather than undo that work.
    public int? ArticleVersion { get; set; }

    // A hash of what the export said about the item, so a re-import skips what has not changed.
    public string? Fingerprint { get; set; }
}

// Stored as text, so a new kind needs no migration.
public enum ImportedKind
{
    Post,
    Comment,
}

internal sealed class ImportedItemConfiguration : IEntityTypeConfiguration<ImportedItem>
{
    public void Configure(EntityTypeBuilder<ImportedItem> item)
    {
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Fingerprint).HasMaxLength(64);
        item.HasIndex(i => new { i.Kind, i.WordPressId }).IsUnique();
        item.HasIndex(i => new { i.Kind, i.SahifaId });
    }
}
