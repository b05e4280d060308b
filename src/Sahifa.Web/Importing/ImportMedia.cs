using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Importing;

/// Attachments, recorded by URL (the files stay where they are), and linked to their articles
/// once every post has its id. The seam for importing the files themselves and featured images
/// (<see cref="ImportedItem.FeaturedMediaId"/> already holds each post's `_thumbnail_id`).
public sealed class ImportMedia(SahifaDb db, ImportRun run)
{
    public async Task SaveAsync(List<WxrItem> items, DateTime now, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var ids = items.Select(i => i.Id).ToList();
        var existing = await db.ImportedMedia.Where(m => ids.Contains(m.WordPressId)).ToDictionaryAsync(m => m.WordPressId, ct);
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            var url = item.AttachmentUrl ?? item.Link;
            if (url is null || url.Length > LegacyPaths.MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                run.Warn(item.Id, "media_without_url", $"المرفق «{item.Title}» بلا عنوان صالح، فلم يُسجَّل.");
                continue;
            }

            if (!existing.TryGetValue(item.Id, out var media))
            {
                media = new ImportedMedia { WordPressId = item.Id, Url = url };
                db.ImportedMedia.Add(media);
            }

            media.Url = url;
            media.Title = WordPressPost.Shorten(WordPressContent.ToPlainText(item.Title), 500);
            media.Caption = WordPressPost.Shorten(WordPressContent.ToPlainText(item.Excerpt), 2000);
            media.WordPressParentId = item.ParentId;
            media.ImportedAt = now;
            run.Counts.Media++;
        }

        await db.SaveChangesAsync(ct);
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
}
