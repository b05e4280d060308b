using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Importing;

/// A WordPress attachment, recorded by its URL, and the photograph it became in Sahifa's library
/// when its file was imported (`sahifa import wordpress FILE --uploads DIR`).
public sealed class ImportedMedia
{
    public int Id { get; set; }
    public long WordPressId { get; set; }
    public required string Url { get; set; }
    public string Title { get; set; } = "";
    public string Caption { get; set; } = "";

    // WordPress's alt text (`_wp_attachment_image_alt`): the library's item may have been there
    // before, without any, and a lead image needs one.
    public string Alt { get; set; } = "";

    // The file's path under wp-content/uploads without WordPress's size suffixes
    // (WordPressPhotos.Key): how a body image in any size finds its attachment.
    public string? UploadKey { get; set; }

    // The library's item, so a re-import neither reprocesses the file nor adds a copy. No foreign
    // key: the newsroom may delete the photograph, and the next import with the files brings it
    // back.
    public int? MediaItemId { get; set; }

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
        media.Property(m => m.Alt).HasMaxLength(Media.MediaItem.MaxAltLength);
        media.Property(m => m.UploadKey).HasMaxLength(WordPressPhotos.MaxKeyLength);
        media.HasIndex(m => m.WordPressId).IsUnique();
        media.HasIndex(m => m.UploadKey);
        media.HasIndex(m => m.ArticleId);
    }
}
