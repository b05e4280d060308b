using System.Globalization;

namespace Sahifa.Web.Media;

/// The paths of photographs, built in one place like <see cref="Articles.ArticleUrls"/>.
public static class MediaUrls
{
    public const string Prefix = "/media/";

    /// What every rendition's path of one photograph begins with.
    public static string ItemPrefix(int itemId) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{itemId}/");

    public static string File(int itemId, int width, string fingerprint, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{itemId}/{width}-{fingerprint}.{extension}");

    public static string Api(int id) => string.Create(CultureInfo.InvariantCulture, $"/api/v1/media/{id}");

    /// The path of a Sahifa media URL as the API gives it, absolute or not; null for anything else.
    public static string? PathOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsolutePath
            : url.Split('?', '#')[0];
        return path.StartsWith(Prefix, StringComparison.Ordinal) ? path : null;
    }
}
