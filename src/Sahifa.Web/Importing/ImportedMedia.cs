using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Importing;

/// A WordPress attachment, recorded by its URL. The files themselves stay where they are until
/// Sahifa has a media library to copy them into; this table is that import's to-do list.
public sealed class ImportedMedia
{
    public int Id { get; set; }
    public long WordPressId { get; set; }
    public required string Url { get; set; }
    public string Title { get; set; } = "";
    public string Caption { get; set; } = "";

    // The post the file was uploaded to, and the article that post became (null until the post
    // is imported, or when it never is).
    public long? WordPressParentId { get; set; }
    public int? ArticleId { get; set; }
    public DateTime ImportedAt { get; set; }
}

internal sealed class ImportedMediaConfiguration : IEntityTypeConfiguration<ImportedMedia>
{
    public void Configure(EntityTypeBuilder<ImportedMedia> media)
    {
        media.Property(m => m.Url).HasMaxLength(LegacyPaths.MaxUrlLength);
        media.Property(m => m.Title).HasMaxLength(500);
        media.Property(m => m.Caption).HasMaxLength(2000);
        media.HasIndex(m => m.WordPressId).IsUnique();
        media.HasIndex(m => m.ArticleId);
    }
}
