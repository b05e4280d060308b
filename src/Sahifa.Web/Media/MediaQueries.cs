using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Media;

/// A photograph as pages, feeds and the API show it: its text and its renditions, largest last.
public sealed record MediaView(int Id, int Width, int Height, string Alt, string Caption, string Credit, IReadOnlyList<RenditionView> Renditions)
{
    /// The largest JPEG: what the API names as the photograph's `url`, and what every reader can open.
    public RenditionView Largest => Renditions.Where(r => r.ContentType == "image/jpeg").MaxBy(r => r.Width) ?? Renditions[^1];

    /// The smallest JPEG at least `width` wide, else the largest: social cards want 1200.
    public RenditionView AtLeast(int width) =>
        Renditions.Where(r => r.ContentType == "image/jpeg" && r.Width >= width).MinBy(r => r.Width) ?? Largest;

    /// The same photograph with an article's own alt text, caption or credit over the library's.
    public MediaView With(string? alt, string? caption, string? credit) => this with
    {
        Alt = string.IsNullOrWhiteSpace(alt) ? Alt : alt,
        Caption = string.IsNullOrWhiteSpace(caption) ? Caption : caption,
        Credit = string.IsNullOrWhiteSpace(credit) ? Credit : credit,
    };
}

public sealed record RenditionView(string Path, int Width, int Height, string ContentType);

public static class MediaQueries
{
    /// The photographs with these ids, without their bytes.
    public static async Task<Dictionary<int, MediaView>> ViewsAsync(this SahifaDb db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var items = await db.MediaItems.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Width, m.Height, m.Alt, m.Caption, m.Credit })
            .ToListAsync(ct);
        var files = await db.MediaFiles.AsNoTracking()
            .Where(f => ids.Contains(f.MediaItemId))
            .Select(f => new { f.MediaItemId, f.Path, f.Width, f.Height, f.ContentType })
            .ToListAsync(ct);
        var byItem = files.ToLookup(f => f.MediaItemId);
        return items.ToDictionary(m => m.Id, m => new MediaView(m.Id, m.Width, m.Height, m.Alt, m.Caption, m.Credit,
            [.. byItem[m.Id].OrderBy(f => f.Width).ThenBy(f => f.ContentType, StringComparer.Ordinal).Select(f => new RenditionView(f.Path, f.Width, f.Height, f.ContentType))]));
    }

    public static async Task<MediaView?> ViewAsync(this SahifaDb db, int id, CancellationToken ct) =>
        (await db.ViewsAsync([id], ct)).GetValueOrDefault(id);

    /// The photographs whose renditions these paths name, by path: how an article's body finds
    /// the images its Markdown points at.
    public static async Task<Dictionary<string, MediaView>> ViewsByPathAsync(this SahifaDb db, IReadOnlyCollection<string> paths, CancellationToken ct)
    {
        if (paths.Count == 0)
        {
            return new(StringComparer.Ordinal);
        }

        var owners = await db.MediaFiles.AsNoTracking()
            .Where(f => paths.Contains(f.Path))
            .Select(f => new { f.Path, f.MediaItemId })
            .ToListAsync(ct);
        var views = await db.ViewsAsync([.. owners.Select(o => o.MediaItemId).Distinct()], ct);
        return owners.Where(o => views.ContainsKey(o.MediaItemId)).ToDictionary(o => o.Path, o => views[o.MediaItemId], StringComparer.Ordinal);
    }
}
