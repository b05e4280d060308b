using System.Text.Json;
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

    /// The rendition that travels with the article away from its page: social cards, feeds and
    /// sitemaps all name this one JPEG, about 1200 wide.
    public RenditionView Card => AtLeast(1200);

    /// A photograph read as columns beside something else (an article, a card); null when there
    /// is none, as a LEFT JOIN gives it.
    public static MediaView? Of(int? id, int? width, int? height, string? alt, string? caption, string? credit, string? renditions) =>
        id is { } found && renditions is { Length: > 2 }
            ? new MediaView(found, width ?? 0, height ?? 0, alt ?? "", caption ?? "", credit ?? "", RenditionView.Parse(renditions))
            : null;

    /// The same photograph with an article's own alt text, caption or credit over the library's.
    public MediaView With(string? alt, string? caption, string? credit) => this with
    {
        Alt = string.IsNullOrWhiteSpace(alt) ? Alt : alt,
        Caption = string.IsNullOrWhiteSpace(caption) ? Caption : caption,
        Credit = string.IsNullOrWhiteSpace(credit) ? Credit : credit,
    };
}

/// `Length` is the file's size in bytes, which RSS enclosures want; 0 in a row written before
/// lengths were kept in the JSON.
public sealed record RenditionView(string Path, int Width, int Height, string ContentType, int Length = 0)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static string Serialize(IEnumerable<RenditionView> renditions) =>
        JsonSerializer.Serialize(renditions.OrderBy(r => r.Width).ThenBy(r => r.ContentType, StringComparer.Ordinal).ToList(), Json);

    internal static IReadOnlyList<RenditionView> Parse(string json) =>
        JsonSerializer.Deserialize<List<RenditionView>>(json, Json) ?? [];
}

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
            .Select(m => new { m.Id, m.Width, m.Height, m.Alt, m.Caption, m.Credit, m.Renditions })
            .ToListAsync(ct);
        return items.ToDictionary(m => m.Id, m => MediaView.Of(m.Id, m.Width, m.Height, m.Alt, m.Caption, m.Credit, m.Renditions)!);
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

    /// A page of the library for the newsroom, newest first; `search` finds words in the caption,
    /// the credit or the alt text.
    public static async Task<(List<LibraryItem> Items, int Total)> LibraryAsync(this SahifaDb db, string? search, int page, int pageSize, CancellationToken ct)
    {
        var query = db.MediaItems.AsNoTracking();
        foreach (var word in (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
        {
            query = query.Where(m => m.Caption.Contains(word) || m.Credit.Contains(word) || m.Alt.Contains(word));
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToLibraryItemsAsync(ct);
        return (items, total);
    }

    /// The articles that show a photograph: as their lead image, or inline in the body (every path
    /// of one photograph begins with its own prefix, so a body naming any rendition contains it).
    public static IQueryable<Articles.Article> Showing(this IQueryable<Articles.Article> articles, int photoId)
    {
        var prefix = MediaUrls.ItemPrefix(photoId);
        return articles.Where(a => a.LeadImageId == photoId || a.BodyMarkdown.Contains(prefix));
    }

    /// The photograph as the newsroom's tiles show it: one with no alt text yet still says which it is.
    public static MediaView ForStaff(this MediaView photo) =>
        photo.Alt.Length > 0 ? photo : photo with { Alt = $"صورة {photo.Id} بلا نص بديل" };

    public static async Task<LibraryItem?> LibraryItemAsync(this SahifaDb db, int id, CancellationToken ct) =>
        (await db.MediaItems.AsNoTracking().Where(m => m.Id == id).ToLibraryItemsAsync(ct)).SingleOrDefault();

    private static async Task<List<LibraryItem>> ToLibraryItemsAsync(this IQueryable<MediaItem> items, CancellationToken ct)
    {
        var rows = await items
            .Select(m => new { m.Id, m.Width, m.Height, m.Alt, m.Caption, m.Credit, m.Renditions, m.UploadedAt, m.UploadedByName })
            .ToListAsync(ct);
        return [.. rows.Select(m => new LibraryItem(MediaView.Of(m.Id, m.Width, m.Height, m.Alt, m.Caption, m.Credit, m.Renditions)!, m.UploadedAt, m.UploadedByName))];
    }
}

/// A photograph as the newsroom's library lists it: who added it and when.
public sealed record LibraryItem(MediaView Photo, DateTime UploadedAt, string? UploadedBy);
