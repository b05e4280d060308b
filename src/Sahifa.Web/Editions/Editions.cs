namespace Sahifa.Web.Editions;

/// The site's editions from `Sahifa:Editions`, the first being the primary one at `/`. Unset,
/// the site has the one Arabic edition and looks exactly as it did before editions existed.
public sealed class SiteEditions
{
    public SiteEditions(IReadOnlyList<EditionOptions> configured)
    {
        var list = configured.Where(e => !string.IsNullOrWhiteSpace(e.Code)).ToList();
        if (list.Count == 0)
        {
            list = [new EditionOptions { Code = Edition.Arabic }];
        }

        All = list.Select((e, i) => Edition.From(e, primary: i == 0)).ToList();
        Primary = All[0];
        _byCode = All.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _position = All.Select((e, i) => (e.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<Edition> All { get; }

    public Edition Primary { get; }

    public bool AreSeveral => All.Count > 1;

    private readonly Dictionary<string, Edition> _byCode;
    private readonly Dictionary<string, int> _position;

    /// Null for a code that is not one of this site's editions.
    public Edition? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var edition) ? edition : null;

    /// An edition stored on a row: one removed from the configuration since reads as the primary.
    public Edition Of(string? code) => Find(code) ?? Primary;

    /// The items whose edition the site still has, in the configuration's order of editions:
    /// how a story's translations are listed everywhere they are linked.
    public IEnumerable<T> InOrder<T>(IEnumerable<T> items, Func<T, string> edition) =>
        items.Where(i => _byCode.ContainsKey(edition(i))).OrderBy(i => _position[edition(i)]);

    /// What is wrong with the configuration, or null: a code Sahifa does not know, or one twice.
    public static string? Problem(IReadOnlyList<EditionOptions> configured)
    {
        var codes = configured.Select(e => (e.Code ?? "").Trim().ToLowerInvariant()).Where(c => c.Length > 0).ToList();
        if (codes.FirstOrDefault(c => !Edition.Known.Contains(c)) is { } unknown)
        {
            return $"Sahifa:Editions: \"{unknown}\" is not an edition Sahifa knows; use {string.Join(", ", Edition.Known)}";
        }

        if (codes.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"Sahifa:Editions: \"{twice.Key}\" is listed twice";
        }

        if (configured.FirstOrDefault(e => e.Direction is { Length: > 0 } d && d is not ("rtl" or "ltr")) is { } direction)
        {
            return $"Sahifa:Editions: Direction must be rtl or ltr, not \"{direction.Direction}\"";
        }

        if (configured.FirstOrDefault(e => e.TimeZone is { Length: > 0 } z && !TimeZoneInfo.TryFindSystemTimeZoneById(z, out _)) is { } zone)
        {
            return $"Sahifa:Editions: \"{zone.TimeZone}\" is not a known IANA time zone";
        }

        return null;
    }
}
