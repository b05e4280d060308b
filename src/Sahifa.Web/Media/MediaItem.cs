using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Media;

/// A photograph in the library. What readers see are its renditions, re-encoded without a single
/// metadata block; the uploaded file itself is not kept, so a seized server holds no GPS position
/// or camera serial either.
public sealed class MediaItem
{
    public const int MaxAltLength = 300;
    public const int MaxCaptionLength = 1000;
    public const int MaxCreditLength = 200;

    public int Id { get; set; }

    /// The photograph as it shows after its EXIF orientation: the largest rendition's size.
    public int Width { get; set; }
    public int Height { get; set; }

    public string Alt { get; set; } = "";
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";

    /// SHA-256 of the uploaded bytes, hex: the same file uploaded or imported again is the same
    /// item, never a second copy.
    public required string OriginalHash { get; set; }

    /// The renditions' paths, sizes and types as JSON, written with them: a page that shows the
    /// photograph reads this one row, never the files.
    public string Renditions { get; set; } = "[]";

    public DateTime UploadedAt { get; set; }
    public string? UploadedById { get; set; }
    public string? UploadedByName { get; set; }

    public List<MediaFile> Files { get; set; } = [];
}

/// One rendition: a width in one format. The bytes live in the database, so every node sharing it
/// serves every photograph with no shared disk, and a backup of the database is a backup of the
/// photographs.
public sealed class MediaFile
{
    public int Id { get; set; }
    public int MediaItemId { get; set; }

    /// The public path, `/media/{item}/{width}-{fingerprint}.{ext}`: the fingerprint is the
    /// content's hash, so a URL never names two different files and can be cached for a year.
    public required string Path { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }
    public required string ContentType { get; set; }
    public int Length { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> item)
    {
        item.Property(m => m.Alt).HasMaxLength(MediaItem.MaxAltLength);
        item.Property(m => m.Caption).HasMaxLength(MediaItem.MaxCaptionLength);
        item.Property(m => m.Credit).HasMaxLength(MediaItem.MaxCreditLength);
        item.Property(m => m.OriginalHash).HasMaxLength(64);
        item.Property(m => m.UploadedById).HasMaxLength(450);
        item.Property(m => m.UploadedByName).HasMaxLength(256);
        item.HasIndex(m => m.OriginalHash).IsUnique();
        item.HasIndex(m => m.UploadedAt);
        item.HasMany(m => m.Files).WithOne().HasForeignKey(f => f.MediaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> file)
    {
        file.Property(f => f.Path).HasMaxLength(200);
        file.Property(f => f.ContentType).HasMaxLength(40);
        file.HasIndex(f => f.Path).IsUnique();
    }
}
