using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Microsoft.Extensions.Options;
using NetVips;

namespace Sahifa.Web.Media;

/// Turns an uploaded file into the renditions Sahifa serves, with libvips: the EXIF orientation
/// applied, converted to sRGB, shrunk on load where the format allows it (a 24-megapixel JPEG is
/// decoded at an eighth or a quarter of its size, not in full), and saved with no metadata at all:
/// no EXIF (so no GPS position, camera serial or maker note), no XMP, no IPTC, no ICC profile
/// (the pixels are sRGB, which is what a browser assumes without one).
public sealed class Photographs : IDisposable
{
    // The loaders libvips may use on an upload, by the kind in the loader's class name
    // (VipsForeignLoadJpegBuffer). SVG carries scripts, and PDF and the catch-all ImageMagick
    // loader widen what a crafted file can reach: none of them is on the list.
    private static readonly string[] Loaders = ["Jpeg", "Png", "Webp", "Heif", "Gif", "Tiff"];

    private readonly SemaphoreSlim _slots;
    private readonly MediaOptions _options;

    static Photographs()
    {
        // libvips caches recent operations for reuse; an upload's pixels are never reused, so the
        // cache would only hold memory.
        Cache.Max = 0;
        Cache.MaxMem = 0;
        Cache.MaxFiles = 0;
    }

    public Photographs(IOptions<MediaOptions> options)
    {
        _options = options.Value;
        _slots = new SemaphoreSlim(_options.MaxConcurrentProcessing);
    }

    /// Reads, checks and re-encodes an upload. Expected failures (not an image, SVG, too many
    /// pixels, a corrupt file) are answered as <see cref="PhotoProblem"/>, never thrown.
    public async Task<PhotoOutcome> ProcessAsync(byte[] upload, CancellationToken ct)
    {
        if (Refusal(upload) is { } refused)
        {
            return refused;
        }

        await _slots.WaitAsync(ct);
        try
        {
            // libvips works synchronously; off the request thread so a slot's wait is the only queue.
            return await Task.Run(() => Process(upload), ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    private PhotoOutcome Process(byte[] upload)
    {
        string? loader;
        try
        {
            loader = Image.FindLoadBuffer(upload);
        }
        catch (VipsException)
        {
            loader = null;
        }

        if (loader is null || !Loaders.Any(kind => loader.Contains(kind, StringComparison.OrdinalIgnoreCase)))
        {
            return PhotoProblem.NotAnImage;
        }

        try
        {
            // Opening reads the header only: the size is known before a single pixel is decoded.
            using (var header = Image.NewFromBuffer(upload, access: Enums.Access.Sequential))
            {
                if ((long)header.Width * header.Height > _options.MaxMegapixels * 1_000_000L)
                {
                    return PhotoProblem.TooManyPixels(header.Width, header.Height, _options.MaxMegapixels);
                }
            }

            var (caption, credit) = Describe(upload);
            var renditions = new List<Rendition>();
            // One decode, shrunk on load to the largest rendition; the smaller ones come from it.
            // fail_on goes to the loader in the option string: thumbnail_buffer accepts its own
            // fail_on argument and ignores it (libvips issue 5195), which would pass a truncated
            // upload as a photograph with a grey lower half.
            using var thumbnail = Image.ThumbnailBuffer(upload, _options.MaxLongSide, optionString: "fail_on=truncated",
                height: _options.MaxLongSide, size: Enums.Size.Down);
            using var largest = ToSrgb(thumbnail).CopyMemory();
            foreach (var width in Widths(largest.Width))
            {
                using var sized = width == largest.Width
                    ? largest.Copy()
                    : largest.ThumbnailImage(width, height: 100_000, size: Enums.Size.Down);
                renditions.Add(new Rendition(sized.Width, sized.Height, "image/webp", "webp",
                    sized.WebpsaveBuffer(q: _options.WebpQuality, keep: Enums.ForeignKeep.None)));
                using var flat = sized.HasAlpha() ? sized.Flatten(background: [255, 255, 255]) : sized.Copy();
                renditions.Add(new Rendition(flat.Width, flat.Height, "image/jpeg", "jpg",
                    flat.JpegsaveBuffer(q: _options.JpegQuality, interlace: true, optimizeCoding: true, keep: Enums.ForeignKeep.None)));
            }

            return new ProcessedPhoto(largest.Width, largest.Height, caption, credit, renditions);
        }
        catch (VipsException)
        {
            // Truncated data, a broken header, a decoder's error: the file cannot be trusted.
            return PhotoProblem.Corrupt;
        }
    }

    private IEnumerable<int> Widths(int largest) =>
        _options.Widths.Where(w => w > 0 && w < largest).Order().Distinct().Append(largest);

    private static Image ToSrgb(Image image)
    {
        var rgb = image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw
            ? image
            : image.Colourspace(Enums.Interpretation.Srgb);
        // 16-bit PNGs and TIFFs come out as 8 bits a channel, which is what the encoders take.
        return rgb.Format == Enums.BandFormat.Uchar ? rgb : rgb.Cast(Enums.BandFormat.Uchar, shift: rgb.Interpretation == Enums.Interpretation.Rgb16 || rgb.Interpretation == Enums.Interpretation.Grey16);
    }

    // Refused on sight, before libvips sees the bytes: SVG is text with scripts in it, and text
    // (HTML or PHP renamed .jpg) is not a photograph whatever its name says.
    private static PhotoProblem? Refusal(byte[] upload)
    {
        if (upload.Length == 0)
        {
            return PhotoProblem.Empty;
        }

        var head = Encoding.UTF8.GetString(upload, 0, Math.Min(upload.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.Contains("<svg", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("svg", StringComparison.OrdinalIgnoreCase)))
        {
            return PhotoProblem.Svg;
        }

        return null;
    }

    /// The caption and credit an agency or a photographer wrote into the file (IPTC, else XMP),
    /// read before they are stripped with the rest.
    internal static (string Caption, string Credit) Describe(byte[] upload)
    {
        try
        {
            using var stream = new MemoryStream(upload, writable: false);
            var directories = ImageMetadataReader.ReadMetadata(stream);
            var iptc = directories.OfType<IptcDirectory>().FirstOrDefault();
            var xmp = directories.OfType<XmpDirectory>().FirstOrDefault();
            var caption = First(iptc?.GetDescription(IptcDirectory.TagCaption), Xmp(xmp, "dc:description"));
            var credit = First(iptc?.GetDescription(IptcDirectory.TagCredit), iptc?.GetDescription(IptcDirectory.TagByLine),
                Xmp(xmp, "photoshop:Credit"), Xmp(xmp, "dc:creator"));
            return (Clip(caption, MediaItem.MaxCaptionLength), Clip(credit, MediaItem.MaxCreditLength));
        }
        catch (Exception e) when (e is ImageProcessingException or IOException)
        {
            return ("", "");
        }
    }

    private static string? Xmp(XmpDirectory? xmp, string property)
    {
        if (xmp?.XmpMeta is not { } meta)
        {
            return null;
        }

        // Language alternatives (dc:description) and sequences (dc:creator) list their values as
        // items, `dc:description[1]`; a simple property has its value on itself.
        foreach (var found in meta.Properties)
        {
            if (found.Path is { } path
                && (path == property || path.StartsWith(property + "[", StringComparison.Ordinal))
                && !string.IsNullOrWhiteSpace(found.Value))
            {
                return found.Value;
            }
        }

        return null;
    }

    private static string First(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}

public abstract record PhotoOutcome;

public sealed record ProcessedPhoto(int Width, int Height, string Caption, string Credit, IReadOnlyList<Rendition> Renditions) : PhotoOutcome;

public sealed record Rendition(int Width, int Height, string ContentType, string Extension, byte[] Content);

/// Why an upload was refused: `Code` is stable for API clients, `Message` is for people.
public sealed record PhotoProblem(string Code, string Message, int Status = StatusCodes.Status422UnprocessableEntity) : PhotoOutcome
{
    public static readonly PhotoProblem Empty = new("no_file", "لم يصل ملف؛ اختر صورة لرفعها.", StatusCodes.Status400BadRequest);

    public static readonly PhotoProblem NotAnImage = new("not_an_image",
        "هذا الملف ليس صورة يقبلها صحيفة؛ ارفع صورة JPEG أو PNG أو WebP أو AVIF.", StatusCodes.Status415UnsupportedMediaType);

    public static readonly PhotoProblem Svg = new("svg_not_accepted",
        "لا تُقبل صور SVG لأنها قد تحمل نصوصًا برمجية؛ صدّرها صورةً PNG أو JPEG.", StatusCodes.Status415UnsupportedMediaType);

    public static readonly PhotoProblem Corrupt = new("corrupt_image",
        "تعذّرت قراءة الصورة: الملف ناقص أو تالف. ارفع نسخة سليمة منه.");

    public static PhotoProblem TooManyPixels(int width, int height, int maxMegapixels) => new("too_many_pixels",
        $"أبعاد الصورة ({width}×{height}) أكبر من الحد المسموح ({maxMegapixels} ميغابكسل).");

    public static PhotoProblem TooLarge(int maxMegabytes) => new("file_too_large",
        $"الملف أكبر من الحد المسموح ({maxMegabytes} ميغابايت).", StatusCodes.Status413PayloadTooLarge);
}
