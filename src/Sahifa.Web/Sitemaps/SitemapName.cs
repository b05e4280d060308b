using System.Globalization;

namespace Sahifa.Web.Sitemaps;

public enum SitemapKind
{
    Pages,
    Sections,
    Tags,
    Sources,
    Authors,
    Articles,
}

/// The name of one file under `/sitemaps/`: `pages`, `sections`, `tags-2`, `articles-2026-03`,
/// `articles-2026-03-2`. Page 1 has no suffix, so each file has exactly one name; months are UTC
/// calendar months, which every database can group by.
public readonly record struct SitemapName(SitemapKind Kind, int Page = 1, int Year = 0, int Month = 0)
{
    public static SitemapName ArticlesOf(int year, int month, int page = 1) => new(SitemapKind.Articles, page, year, month);

    public override string ToString()
    {
        var name = Kind == SitemapKind.Articles
            ? string.Create(CultureInfo.InvariantCulture, $"articles-{Year:0000}-{Month:00}")
            : Kind.ToString().ToLowerInvariant();
        return Page > 1 ? string.Create(CultureInfo.InvariantCulture, $"{name}-{Page}") : name;
    }

    public static bool TryParse(string? name, out SitemapName result)
    {
        result = default;
        var parts = (name ?? "").Split('-');
        if (parts[0] == "articles")
        {
            if (parts.Length is < 3 or > 4
                || parts[1].Length != 4 || !TryNumber(parts[1], out var year) || year < 1
                || parts[2].Length != 2 || !TryNumber(parts[2], out var month) || month is < 1 or > 12)
            {
                return false;
            }

            if (!TryPage(parts, 3, out var page))
            {
                return false;
            }

            result = ArticlesOf(year, month, page);
            return true;
        }

        SitemapKind kind;
        switch (parts[0])
        {
            case "pages" when parts.Length == 1:
                kind = SitemapKind.Pages;
                break;
            case "sections":
                kind = SitemapKind.Sections;
                break;
            case "tags":
                kind = SitemapKind.Tags;
                break;
            case "sources":
                kind = SitemapKind.Sources;
                break;
            case "authors":
                kind = SitemapKind.Authors;
                break;
            default:
                return false;
        }

        if (parts.Length > 2 || !TryPage(parts, 1, out var p))
        {
            return false;
        }

        result = new SitemapName(kind, p);
        return true;
    }

    // A written page number is 2 or more without leading zeros: "tags-1" and "tags-02" would be
    // second names for files that already have one.
    private static bool TryPage(string[] parts, int index, out int page)
    {
        page = 1;
        if (parts.Length <= index)
        {
            return true;
        }

        return parts[index] is { Length: > 0 } text && text[0] != '0' && TryNumber(text, out page) && page >= 2;
    }

    // ASCII digits only; NumberStyles.None refuses signs, spaces and Eastern Arabic digits.
    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
