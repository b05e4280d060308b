using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;
using Sahifa.Web.Data;
using Sahifa.Web.Media;

namespace Sahifa.Web.Importing;

/// Attachments: recorded by URL, and with `--uploads DIR` their original files added to the
/// library through the newsroom's own use case (<see cref="UploadMedia"/>), which checks,
/// re-encodes and strips them and knows a file it already holds. Then linked to their articles
/// once every post has its id, and looked up for each batch of posts, whose featured images
/// become lead images and whose body images get the library's addresses.
public sealed class ImportMedia(SahifaDb db, ImportRun run, UploadMedia upload, UploadsFolder? uploads, MediaOptions limits)
{
    public bool CopiesFiles => uploads is not null;

    /// One batch of attachments. Each file is read, processed and stored on its own, outside any
    /// batch transaction (the upload has its own), so memory holds one photograph at a time.
    public async Task SaveAsync(List<WxrItem> items, DateTime now, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var attachments = items.DistinctBy(i => i.Id).ToList();
        var ids = attachments.Select(i => i.Id).ToList();
        var before = await db.ImportedMedia.AsNoTracking()
            .Where(m => ids.Contains(m.WordPressId))
            .Select(m => new { m.WordPressId, m.Url, m.MediaItemId })
            .ToDictionaryAsync(m => m.WordPressId, ct);
        var linked = before.Values.Select(m => m.MediaItemId).OfType<int>().ToList();
        var inLibrary = (await db.MediaItems.Where(m => linked.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct)).ToHashSet();

        var media = new Dictionary<long, int?>();
        foreach (var item in attachments)
        {
            ct.ThrowIfCancellationRequested();
            if (UrlOf(item) is not { } url)
            {
                continue;
            }

            int? kept = before.TryGetValue(item.Id, out var row) && row.MediaItemId is { } id && inLibrary.Contains(id) ? id : null;
            if (kept is not null && row!.Url == url)
            {
                // Imported before: the file is not read or processed again.
                run.Counts.MediaReused++;
                media[item.Id] = kept;
            }
            else
            {
                media[item.Id] = (uploads is null ? null : await ImportFileAsync(item, url, ct)) ?? kept;
            }
        }

        var rows = await db.ImportedMedia.Where(m => ids.Contains(m.WordPressId)).ToDictionaryAsync(m => m.WordPressId, ct);
        foreach (var item in attachments)
        {
            if (UrlOf(item) is not { } url)
            {
                run.Warn(item.Id, "media_without_url", $"المرفق «{item.Title}» بلا عنوان صالح، فلم يُسجَّل.");
                continue;
            }

            if (!rows.TryGetValue(item.Id, out var row))
            {
                row = new ImportedMedia { WordPressId = item.Id, Url = url };
                db.ImportedMedia.Add(row);
            }

            row.Url = url;
            row.Title = WordPressPost.Shorten(WordPressContent.ToPlainText(item.Title), 500);
            row.Caption = WordPressPost.Shorten(WordPressContent.ToPlainText(item.Excerpt), 2000);
            row.Alt = AltOf(item);
            row.UploadKey = WordPressPhotos.KeyOf(url, AttachedFile(item));
            row.MediaItemId = media.GetValueOrDefault(item.Id);
            row.WordPressParentId = item.ParentId;
            row.ImportedAt = now;
            run.Counts.Media++;
            if (row.MediaItemId is null && uploads is null)
            {
                run.MediaLeftBehind++;
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task LinkToArticlesAsync(CancellationToken ct) =>
        await db.ImportedMedia
            .Where(m => m.WordPressParentId != null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(
                    m => m.ArticleId,
                    m => db.ImportedItems
                        .Where(i => i.Kind == ImportedKind.Post && i.WordPressId == m.WordPressParentId)
                        .Select(i => (int?)i.SahifaId)
                        .FirstOrDefault()),
                ct);

    /// The attachments a batch of posts names (featured images, `wp-image-N`, files by their
    /// upload key) as the library holds them, and the library's photographs by the path the
    /// bodies will name, for <see cref="Articles.ArticleBody.ToHtml(string, IReadOnlyDictionary{string, MediaView})"/>.
    public async Task<(PhotoLookup Lookup, Dictionary<string, MediaView> Photos)> LookupAsync(IEnumerable<WxrItem> posts, CancellationToken ct)
    {
        var ids = new HashSet<long>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var (i, k) = WordPressPhotos.References(post);
            ids.UnionWith(i);
            keys.UnionWith(k);
        }

        string?[] site = [run.Site.BaseSiteUrl, run.Site.BaseBlogUrl];
        if (ids.Count == 0 && keys.Count == 0)
        {
            return (new PhotoLookup([], site, uploads is not null), new(StringComparer.Ordinal));
        }

        var idList = ids.ToList();
        var keyList = keys.ToList();
        var rows = await db.ImportedMedia.AsNoTracking()
            .Where(m => idList.Contains(m.WordPressId) || (m.UploadKey != null && keyList.Contains(m.UploadKey)))
            .Select(m => new { m.WordPressId, m.Url, m.Alt, m.Title, m.Caption, m.MediaItemId })
            .ToListAsync(ct);
        var views = await db.ViewsAsync([.. rows.Select(r => r.MediaItemId).OfType<int>().Distinct()], ct);
        var photos = rows.Select(r => r.MediaItemId is { } id && views.TryGetValue(id, out var view)
            ? new AttachmentPhoto(r.WordPressId, r.Url, id, view.Largest.Path, r.Alt, r.Title, r.Caption, view.Alt, view.Caption)
            : new AttachmentPhoto(r.WordPressId, r.Url, Alt: r.Alt, Title: r.Title, Caption: r.Caption));
        var byPath = views.Values.ToDictionary(v => v.Largest.Path, v => v, StringComparer.Ordinal);
        return (new PhotoLookup(photos, site, uploads is not null), byPath);
    }

    private async Task<int?> ImportFileAsync(WxrItem item, string url, CancellationToken ct)
    {
        var attachedFile = AttachedFile(item);
        var name = attachedFile ?? WordPressPost.FileName(url);
        var found = uploads!.Find(WordPressPhotos.FileCandidates(url, attachedFile));
        if (found.Path is null)
        {
            if (found.Outside || LeavesTheFolder(url, attachedFile))
            {
                run.Counts.MediaRefused++;
                run.Warn(item.Id, "media_outside_uploads", $"اسم الملف «{name}» للمرفق «{item.Title}» يشير إلى خارج مجلد الرفع، فلم يُقرأ وبقي عنوانه القديم.");
            }
            else
            {
                run.Counts.MediaMissing++;
                run.Warn(item.Id, "media_missing", $"الملف «{name}» للمرفق «{item.Title}» ليس في مجلد الرفع، فبقي على عنوانه في الموقع القديم.");
            }

            return null;
        }

        if (!WordPressPhotos.MayBePhoto(found.Path))
        {
            run.Counts.MediaRefused++;
            run.Warn(item.Id, "media_not_a_photo", $"المرفق «{name}» ليس صورة، فبقي على عنوانه في الموقع القديم.");
            return null;
        }

        if (found.Length > limits.MaxUploadBytes)
        {
            return Refused(item, name, PhotoProblem.TooLarge(limits.MaxUploadMegabytes));
        }

        var bytes = await File.ReadAllBytesAsync(found.Path, ct);
        var input = new MediaInput
        {
            Alt = AltOf(item),
            Caption = WordPressPost.Shorten(ArabicText.CleanForDisplay(WordPressContent.ToPlainText(item.Excerpt)), MediaItem.MaxCaptionLength),
        };
        var outcome = await upload.UploadAsync(bytes, input, uploader: null, ct);

        // The upload leaves its item and renditions (their bytes) tracked; a long import must not
        // keep every photograph it stored.
        db.ChangeTracker.Clear();
        switch (outcome)
        {
            case UploadMedia.Outcome.Stored { Created: true } stored:
                run.Counts.MediaImported++;
                return stored.Id;
            case UploadMedia.Outcome.Stored stored:
                run.Counts.MediaReused++;
                return stored.Id;
            case UploadMedia.Outcome.Refused refused:
                return Refused(item, name, refused.Problem);
            default:
                return Refused(item, name, PhotoProblem.Corrupt);
        }
    }

    private int? Refused(WxrItem item, string name, PhotoProblem problem)
    {
        run.Counts.MediaRefused++;
        run.Warn(item.Id, "media_refused", $"لم تُقبل الصورة «{name}»: {problem.Message} بقيت على عنوانها في الموقع القديم.");
        return null;
    }

    private static bool LeavesTheFolder(string url, string? attachedFile) =>
        (attachedFile is not null && WordPressPhotos.Relative(attachedFile) is null)
        || (WordPressPhotos.UploadsPath(url) is { } path && WordPressPhotos.Relative(path) is null);

    private static string? UrlOf(WxrItem item)
    {
        var url = item.AttachmentUrl ?? item.Link;
        return url is null || url.Length > LegacyPaths.MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out _) ? null : url;
    }

    private static string? AttachedFile(WxrItem item) =>
        item.Meta.TryGetValue("_wp_attached_file", out var file) && file.Trim().Length > 0 ? file.Trim() : null;

    private static string AltOf(WxrItem item) =>
        item.Meta.TryGetValue("_wp_attachment_image_alt", out var alt)
            ? WordPressPost.Shorten(ArabicText.CleanForDisplay(WordPressContent.ToPlainText(alt)), MediaItem.MaxAltLength)
            : "";
}
