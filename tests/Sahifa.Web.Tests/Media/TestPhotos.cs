using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Sahifa.Web.Tests.Media;

/// Files made for the photograph tests, as phones, agencies and attackers make them. The metadata
/// segments are written byte by byte here (EXIF, XMP, IPTC), so the tests do not trust the code
/// under test to put in what it must then take out.
public static class TestPhotos
{
    public const string CameraSerial = "SN-4471-QAMISHLI";
    public const string CameraMake = "PhoneMaker";
    public const string MakerNoteMarker = "MAKERNOTE-SECRET-0042";
    public const string IptcCaption = "سوق الخضار في القامشلي صباح الجمعة";
    public const string IptcCredit = "وكالة هاوار / دليل سليمان";

    /// A photograph as a phone writes it: stored 1600×1200 (left half red, right half blue) with
    /// EXIF orientation 6 (turn 90° clockwise to view, so it shows 1200×1600 with red on top),
    /// a GPS position, the camera's make, model and serial, a maker note, an XMP packet that
    /// repeats the position, and IPTC caption and credit. Each `seed` below 220 gives a different
    /// file (the library keeps one item per file), past it they repeat.
    public static byte[] CameraJpeg(int width = 1600, int height = 1200, int seed = 0)
    {
        using var red = Image.Black(width / 2, height, bands: 3) + new double[] { 200, 30 + (seed % 220), 30 };
        using var blue = Image.Black(width - width / 2, height, bands: 3) + new double[] { 30, 30 + (seed % 220), 200 };
        using var joined = red.Join(blue, Enums.Direction.Horizontal);
        using var srgb = joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        var plain = srgb.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None);
        return WithSegments(plain, Segment(0xE1, Exif()), Segment(0xE1, Xmp()), Segment(0xED, Iptc()));
    }

    /// A valid PNG header that declares 50,000 × 50,000 pixels (7.5 GB decoded) around a few bytes.
    public static byte[] PngBomb(int side = 50_000)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8; // bits per sample
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using var zipped = new MemoryStream();
        using (var z = new ZLibStream(zipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(new byte[64 * 1024]);
        }

        Chunk(png, "IDAT", zipped.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><script>alert(document.cookie)</script><rect width=\"100\" height=\"100\" fill=\"red\"/></svg>");

    public static byte[] HtmlNamedJpg() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><body><script>fetch('/newsroom/staff')</script><?php system($_GET['c']); ?></body></html>");

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// The first third of a real JPEG: the header is whole, the picture is not.
    public static byte[] TruncatedJpeg()
    {
        var whole = CameraJpeg(seed: 9);
        return whole[..(whole.Length / 3)];
    }

    /// A PNG with transparency, which JPEG renditions must flatten rather than turn black.
    public static byte[] TransparentPng(int width = 800, int height = 600)
    {
        using var colour = Image.Black(width, height, bands: 3) + new double[] { 20, 160, 60 };
        using var alpha = Image.Black(width, height) + 128;
        using var rgba = colour.Bandjoin(alpha).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgba.PngsaveBuffer();
    }

    private static byte[] WithSegments(byte[] jpeg, params byte[][] segments)
    {
        // Right after the start-of-image marker, where cameras put their APP segments.
        using var output = new MemoryStream();
        output.Write(jpeg, 0, 2);
        foreach (var segment in segments)
        {
            output.Write(segment);
        }

        output.Write(jpeg, 2, jpeg.Length - 2);
        return output.ToArray();
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[payload.Length + 4];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);

    private static byte[] Exif()
    {
        static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s + "\0");
        static byte[] Short(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, v); return b; }
        static byte[] Long(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, v); return b; }
        static byte[] Rationals(params uint[] pairs) => [.. pairs.SelectMany(Long)];

        var ifd0 = new List<Entry>
        {
            new(0x010F, 2, (uint)Ascii(CameraMake).Length, Ascii(CameraMake)),
            new(0x0110, 2, (uint)Ascii("Model X12").Length, Ascii("Model X12")),
            new(0x0112, 3, 1, Short(6)),
            new(0x8769, 4, 1, Long(0)), // Exif sub-IFD, filled in below
            new(0x8825, 4, 1, Long(0)), // GPS IFD, filled in below
        };
        var makerNote = Encoding.ASCII.GetBytes(MakerNoteMarker + new string('.', 40));
        var exif = new List<Entry>
        {
            new(0x927C, 7, (uint)makerNote.Length, makerNote),
            new(0xA431, 2, (uint)Ascii(CameraSerial).Length, Ascii(CameraSerial)),
        };
        // 37°03'09" N, 41°13'53" E: Qamishli.
        var gps = new List<Entry>
        {
            new(0x0000, 1, 4, [2, 3, 0, 0]),
            new(0x0001, 2, 2, Ascii("N")),
            new(0x0002, 5, 3, Rationals(37, 1, 3, 1, 9, 1)),
            new(0x0003, 2, 2, Ascii("E")),
            new(0x0004, 5, 3, Rationals(41, 1, 13, 1, 53, 1)),
        };

        static int Even(int n) => n + (n & 1);
        static int Size(List<Entry> ifd) => 2 + (12 * ifd.Count) + 4 + ifd.Sum(e => e.Value.Length > 4 ? Even(e.Value.Length) : 0);
        var offsets = new[] { 8, 8 + Size(ifd0), 8 + Size(ifd0) + Size(exif) };
        ifd0[3] = ifd0[3] with { Value = Long((uint)offsets[1]) };
        ifd0[4] = ifd0[4] with { Value = Long((uint)offsets[2]) };

        var tiff = new byte[offsets[2] + Size(gps)];
        tiff[0] = (byte)'M';
        tiff[1] = (byte)'M';
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        foreach (var (ifd, at) in new[] { ifd0, exif, gps }.Zip(offsets))
        {
            BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), (ushort)ifd.Count);
            var data = at + 2 + (12 * ifd.Count) + 4;
            for (var i = 0; i < ifd.Count; i++)
            {
                var entry = ifd[i];
                var slot = at + 2 + (12 * i);
                BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(slot), entry.Tag);
                BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(slot + 2), entry.Type);
                BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(slot + 4), entry.Count);
                if (entry.Value.Length <= 4)
                {
                    entry.Value.CopyTo(tiff, slot + 8);
                }
                else
                {
                    BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(slot + 8), (uint)data);
                    entry.Value.CopyTo(tiff, data);
                    data += Even(entry.Value.Length);
                }
            }
        }

        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }

    private static byte[] Xmp() =>
    [
        .. "http://ns.adobe.com/xap/1.0/\0"u8.ToArray(),
        .. Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:aux=\"http://ns.adobe.com/exif/1.0/aux/\""
            + " exif:GPSLatitude=\"37,3.15N\" exif:GPSLongitude=\"41,13.883E\" aux:SerialNumber=\"" + CameraSerial + "\"/>"
            + "</rdf:RDF></x:xmpmeta>"),
    ];

    private static byte[] Iptc()
    {
        using var records = new MemoryStream();
        void Record(byte record, byte dataset, byte[] value)
        {
            records.Write([0x1C, record, dataset]);
            records.Write([(byte)(value.Length >> 8), (byte)value.Length]);
            records.Write(value);
        }

        Record(1, 90, [0x1B, 0x25, 0x47]); // the text below is UTF-8
        Record(2, 120, Encoding.UTF8.GetBytes(IptcCaption));
        Record(2, 110, Encoding.UTF8.GetBytes(IptcCredit));
        var iptc = records.ToArray();

        using var block = new MemoryStream();
        block.Write("Photoshop 3.0\0"u8);
        block.Write("8BIM"u8);
        block.Write([0x04, 0x04, 0x00, 0x00]); // IPTC resource, empty name
        var size = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(size, iptc.Length);
        block.Write(size);
        block.Write(iptc);
        if (iptc.Length % 2 == 1)
        {
            block.WriteByte(0);
        }

        return block.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
