using System.Text;
using System.Text.RegularExpressions;
using Sahifa.Arabic;
using Sahifa.Web.Media;

namespace Sahifa.Web.Importing;

/// A WordPress attachment as a post needs it: where its file went in Sahifa's library (no
/// `MediaId` when it did not come over) and its words, WordPress's and the library's.
public sealed record AttachmentPhoto(
    long AttachmentId,
    string Url,
    int? MediaId = null,
    string? MediaPath = null,
    string Alt = "",
    string Title = "",
    string Caption = "",
    string LibraryAlt = "",
    string LibraryCaption = "");

/// A post's featured image as its lead image: the library's photograph, with WordPress's alt text
/// and caption where they differ from the library's (null: the library's words).
public sealed record LeadImage(int MediaId, string? Alt, string? Caption);

/// A body image the conversion left at its old address on the WordPress site's uploads:
/// `Known` when it is an attachment of the export whose file did not come over (that attachment's
/// own warning says so), otherwise nothing in the export names it.
public sealed record OldPhoto(string Url, bool Known);

/// The attachments a batch of posts refers to, by WordPress id and by the file's path under
/// `wp-content/uploads` (<see cref="WordPressPhotos.Key"/>), so a body image in any of
/// WordPress's sizes finds the one original.
public sealed class PhotoLookup
{
    public static readonly PhotoLookup None = new([], []);

    private readonly Dictionary<long, AttachmentPhoto> _byId = [];
    private readonly Dictionary<string, List<AttachmentPhoto>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _siteHosts = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="siteUrls">The old site's addresses (the export's base site and blog URLs):
    /// its images are the ones that should have come over.</param>
    /// <param name="reportMissing">True when the files were looked for (`--uploads`): an image
    /// on the old site that no attachment names is then worth a warning.</param>
    public PhotoLookup(IEnumerable<AttachmentPhoto> attachments, IEnumerable<string?> siteUrls, bool reportMissing = false)
    {
        ReportMissing = reportMissing;
        foreach (var url in siteUrls)
        {
            if (WordPressPhotos.Host(url) is { } host)
            {
                _siteHosts.Add(host);
            }
        }

        foreach (var photo in attachments)
        {
            _byId.TryAdd(photo.AttachmentId, photo);
            if (WordPressPhotos.UploadsPath(photo.Url) is { } path)
            {
                var key = WordPressPhotos.Key(path);
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                list.Add(photo);
            }
        }
    }

    public bool ReportMissing { get; }

    public bool IsEmpty => _byId.Count == 0;

    public AttachmentPhoto? Attachment(long id) => _byId.GetValueOrDefault(id);

    /// The attachment a body image shows: the one its `wp-image-N` class or its caption's
    /// `attachment_N` names, else the one whose file it is in another size, on the same host.
    public AttachmentPhoto? Find(string url, long? attachmentId)
    {
        if (attachmentId is { } id && _byId.TryGetValue(id, out var named))
        {
            return named;
        }

        if (WordPressPhotos.UploadsPath(url) is not { } path || !_byKey.TryGetValue(WordPressPhotos.Key(path), out var candidates))
        {
            return null;
        }

        var host = WordPressPhotos.Host(url);
        return candidates
            .Where(c => host is null || _siteHosts.Contains(host) || string.Equals(WordPressPhotos.Host(c.Url), host, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.MediaPath is null)
            .FirstOrDefault();
    }

    /// An image on the old site's uploads (or an attachment's host), which Sahifa should now hold.
    public bool IsOldUpload(string url)
    {
        if (WordPressPhotos.UploadsPath(url) is null)
        {
            return false;
        }

        var host = WordPressPhotos.Host(url);
        return host is null || _siteHosts.Contains(host)
            || _byKey.Values.Any(list => list.Any(c => string.Equals(WordPressPhotos.Host(c.Url), host, StringComparison.OrdinalIgnoreCase)));
    }

    /// What this lookup says about one post's photographs, for its fingerprint: a re-import
    /// rewrites the post when one of them came into the library (or left it) since the last.
    public string Signature(WxrItem post)
    {
        var (ids, keys) = WordPressPhotos.References(post);
        var found = ids.Select(Attachment).OfType<AttachmentPhoto>()
            .Concat(keys.SelectMany(k => _byKey.GetValueOrDefault(k) ?? []))
            .Where(p => p.MediaId is not null)
            .DistinctBy(p => p.AttachmentId)
            .OrderBy(p => p.AttachmentId)
            .ToList();
        if (found.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var p in found)
        {
            text.Append('\u001e').AppendJoin('\u001f', p.AttachmentId, p.MediaId, p.MediaPath, p.Alt, p.Title, p.Caption, p.LibraryAlt, p.LibraryCaption);
        }

        return text.ToString();
    }
}

/// The pure rules for a WordPress site's photographs: where an attachment's file sits in a copy
/// of `wp-content/uploads`, which name is the original among WordPress's resized copies, how a
/// body image finds its attachment, and what a lead image's alt text falls back to.
/// Table-tested in tests/…/Importing/WordPressPhotosTests.cs.
public static partial class WordPressPhotos
{
    // Longer keys are no real upload's; they are left unmatched rather than indexed.
    public const int MaxKeyLength = 400;

    // The files WordPress's media library holds that may be photographs; a PDF, a sound or a
    // video is left at its old address without being read.
    private static readonly HashSet<string> PhotoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".avif", ".heic", ".heif", ".tif", ".tiff", ".svg",
    };

    /// The file's path under `wp-content/uploads` as WordPress names it in `_wp_attached_file`
    /// (percent-decoded, without a multisite's `sites/N/`), or null for a URL that is not one.
    /// Multisite networks from before WordPress 3.5 served uploads under `/files/`.
    public static string? UploadsPath(string? url)
    {
        if (PathOf(url) is not { } path)
        {
            return null;
        }

        var match = UploadsPrefix().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        return rest.Length == 0 ? null : rest;
    }

    /// The multisite prefix (`sites/3/`) of an uploads URL, or "".
    public static string SitePrefix(string? url) =>
        PathOf(url) is { } path && UploadsPrefix().Match(path) is { Success: true } m && m.Groups["site"].Success
            ? $"sites/{m.Groups["site"].Value}/"
            : "";

    /// What every size of one upload has in common: the path without WordPress's `-1024x576`
    /// size suffix and its `-scaled` (big images since 5.3) or `-rotated` copies, lower-case.
    public static string Key(string uploadsPath)
    {
        var key = SizeSuffix().Replace(uploadsPath.Trim('/'), "");
        key = CopySuffix().Replace(key, "").ToLowerInvariant();
        return key;
    }

    /// The key of an attachment, for its column; null when it has none that fits.
    public static string? KeyOf(string url, string? attachedFile)
    {
        var path = UploadsPath(url) ?? (attachedFile is { Length: > 0 } file && !file.Contains("://", StringComparison.Ordinal) ? file : null);
        return path is null || Key(path) is not { Length: > 0 and <= MaxKeyLength } key ? null : key;
    }

    /// The files to try under the uploads folder for an attachment, best first, each a relative
    /// path of plain names ('/'-separated). WordPress's own record (`_wp_attached_file`) comes
    /// before the URL's path. For `name-scaled.jpg` and `name-rotated.jpg` the original
    /// `name.jpg` is tried first: WordPress keeps it beside the copy it made. A name that would
    /// leave the folder (`..`, an absolute path, a drive) gives no candidate at all.
    public static IReadOnlyList<string> FileCandidates(string? url, string? attachedFile)
    {
        var found = new List<string>();
        var sites = SitePrefix(url);
        foreach (var relative in (string?[])[attachedFile, UploadsPath(url)])
        {
            if (Relative(relative) is not { } path)
            {
                continue;
            }

            var original = CopySuffix().Replace(path, "");
            foreach (var name in original == path ? [path] : (string[])[original, path])
            {
                // A multisite's uploads copied whole hold sites/N/; one site's copied alone do not.
                if (sites.Length > 0)
                {
                    found.Add(sites + name);
                }

                found.Add(name);
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// True for a name whose extension may be a photograph's.
    public static bool MayBePhoto(string path) => PhotoExtensions.Contains(Path.GetExtension(path));

    /// A relative path made of plain names, or null. Backslashes, drive letters and NUL are
    /// refused too: the uploads folder may be on a system that reads them as separators.
    public static string? Relative(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.StartsWith('/') || path.Contains('\0', StringComparison.Ordinal)
            || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/');
        return segments.Any(s => s is "" or "." or ".." || s.Trim().Length == 0) ? null : string.Join('/', segments);
    }

    /// The attachment ids (`wp-image-N`, `attachment_N`, the featured image) and upload keys a
    /// post's content names: what a batch of posts reads from the database before it is mapped.
    public static (HashSet<long> Ids, HashSet<string> Keys) References(WxrItem post)
    {
        var ids = new HashSet<long>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (FeaturedId(post) is { } featured)
        {
            ids.Add(featured);
        }

        foreach (Match m in AttachmentReference().Matches(post.Content))
        {
            if (long.TryParse(m.Groups["id"].ValueSpan, out var id) && id > 0)
            {
                ids.Add(id);
            }
        }

        foreach (Match m in UploadReference().Matches(post.Content))
        {
            var rest = m.Groups["rest"].Value;
            var decoded = rest.Contains('%', StringComparison.Ordinal) ? Unescape(rest) : rest;
            if (Key(decoded) is { Length: > 0 and <= MaxKeyLength } key)
            {
                keys.Add(key);
            }
        }

        return (ids, keys);
    }

    /// `_thumbnail_id`, WordPress's featured image.
    public static long? FeaturedId(WxrItem post) =>
        post.Meta.TryGetValue("_thumbnail_id", out var value) && long.TryParse(value, out var id) && id > 0 ? id : null;

    /// The lead image for a post's featured image that came into the library. Its alt text is
    /// WordPress's or the library's; with neither, the attachment's title when it says more
    /// than the file's name, else the post's headline, and a warning: the newsroom would not
    /// publish a lead image without one, but an import should not hold the post back for it.
    public static LeadImage? Lead(AttachmentPhoto? photo, string headline, long postId, List<ImportWarning> warnings)
    {
        if (photo?.MediaId is not { } id)
        {
            return null;
        }

        var alt = Clean(photo.Alt, MediaItem.MaxAltLength);
        var libraryAlt = Clean(photo.LibraryAlt, MediaItem.MaxAltLength);
        string? altOverride = alt.Length > 0 && alt != libraryAlt ? alt : null;
        if (alt.Length == 0 && libraryAlt.Length == 0)
        {
            var title = Clean(photo.Title, MediaItem.MaxAltLength);
            altOverride = title.Any(char.IsLetter) && !IsFileName(title, photo.Url) ? title : Clean(headline, MediaItem.MaxAltLength);
            warnings.Add(new(postId, "lead_image_alt_missing",
                $"الصورة الرئيسية لـ«{headline}» بلا نص بديل في ووردبريس؛ كُتب لها «{altOverride}»، فراجعه."));
        }

        var caption = Clean(photo.Caption, MediaItem.MaxCaptionLength);
        return new LeadImage(id, altOverride, caption.Length > 0 && caption != Clean(photo.LibraryCaption, MediaItem.MaxCaptionLength) ? caption : null);
    }

    /// The host a URL's image came from, without `www.`; Jetpack's image CDN (i0.wp.com/site/…)
    /// counts as the site it copies. Null for a relative URL.
    public static string? Host(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host;
        if (PhotonHost().IsMatch(host) && uri.Segments.Length > 1)
        {
            host = uri.Segments[1].TrimEnd('/');
        }

        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static string? PathOf(string? url)
    {
        var value = url?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        string path;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            path = uri.AbsolutePath;
        }
        else if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
        {
            path = value.Split('?', '#')[0];
        }
        else
        {
            return null;
        }

        return path.Contains('%', StringComparison.Ordinal) ? Unescape(path) : path;
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    private static string Clean(string text, int max) => WordPressPost.Shorten(ArabicText.CleanForDisplay(WordPressContent.ToPlainText(text)), max);

    // WordPress titles an upload after its file ("IMG_2034", "euphrates"), which tells a reader
    // who cannot see the photograph nothing.
    private static bool IsFileName(string title, string url)
    {
        static string Bare(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        var name = UploadsPath(url) is { } path ? Path.GetFileNameWithoutExtension(Key(path)) : "";
        return Bare(title) == Bare(name) || CameraName().IsMatch(title);
    }

    // `/files/` only at the root or under one folder (a sub-directory network's site).
    [GeneratedRegex(@"^(?:/[^/]+)*?/wp-content/uploads/(?:sites/(?<site>\d+)/)?(?<rest>.*)$|^(?:/[^/]+)?/files/(?<rest>.*)$")]
    private static partial Regex UploadsPrefix();

    [GeneratedRegex(@"-\d{1,5}x\d{1,5}(?=\.[A-Za-z0-9]{2,5}$)")]
    private static partial Regex SizeSuffix();

    [GeneratedRegex(@"-(?:scaled|rotated)(?=\.[A-Za-z0-9]{2,5}$)")]
    private static partial Regex CopySuffix();

    [GeneratedRegex(@"\b(?:wp-image-|attachment_)(?<id>\d{1,18})\b")]
    private static partial Regex AttachmentReference();

    [GeneratedRegex(@"/(?:wp-content/uploads/(?:sites/\d+/)?|files/)(?<rest>[^\s""'<>?#()\[\]\\]+)")]
    private static partial Regex UploadReference();

    [GeneratedRegex(@"^i\d\.wp\.com$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotonHost();

    [GeneratedRegex(@"^(?:IMG|DSC|DSCN|DSCF|PXL|P|MVIMG|WhatsApp Image)[-_ ]?\d", RegexOptions.IgnoreCase)]
    private static partial Regex CameraName();
}
