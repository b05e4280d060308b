using System.ComponentModel.DataAnnotations;

namespace Sahifa.Web.Media;

/// `Sahifa:Media`: what the library accepts and what it makes of it.
public sealed class MediaOptions
{
    /// Larger uploads are refused with 413 before their body is read.
    [Range(1, 1024)]
    public int MaxUploadMegabytes { get; set; } = 25;

    /// Checked against the file's header before anything is decoded: a 40 KB PNG can declare
    /// 50,000 × 50,000 pixels and ask for 7.5 GB when decoded.
    [Range(1, 1000)]
    public int MaxMegapixels { get; set; } = 100;

    /// The largest rendition's long side; nothing is ever enlarged.
    [Range(320, 8192)]
    public int MaxLongSide { get; set; } = 2560;

    /// The widths a page's srcset offers, besides the largest rendition.
    public int[] Widths { get; set; } = [320, 640, 960, 1280, 1920];

    /// Photographs processed at once on one node. Each holds its decoded pixels (about 20 MB for
    /// the largest rendition) while it is encoded, so this bounds memory under a burst of uploads.
    [Range(1, 64)]
    public int MaxConcurrentProcessing { get; set; } = 2;

    [Range(30, 100)]
    public int JpegQuality { get; set; } = 80;

    [Range(30, 100)]
    public int WebpQuality { get; set; } = 75;

    /// Renditions kept in each node's memory for readers; the database holds them all.
    [Range(0, 4096)]
    public int MemoryCacheMegabytes { get; set; } = 64;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
