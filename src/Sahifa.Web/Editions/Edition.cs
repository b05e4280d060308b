using System.Globalization;
using Sahifa.Arabic;

namespace Sahifa.Web.Editions;

/// One language edition of the site: Arabic at `/`, and e.g. English at `/en/`. Articles,
/// sections, tags, sources and authors each belong to one.
public sealed record Edition
{
    public const string Arabic = "ar";
    public const string Sorani = "ckb";
    public const string Kurmanji = "kmr";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Known = [Arabic, Sorani, Kurmanji, English];

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required bool RightToLeft { get; init; }

    public required bool IsPrimary { get; init; }

    public required DatelineLanguage DatelineLanguage { get; init; }

    public DigitStyle? Digits { get; init; }

    public MonthStyle? MonthStyle { get; init; }

    public string? TimeZone { get; init; }

    public string? Tagline { get; init; }

    /// Open Graph's locale: Facebook names Sorani `cb_IQ` and Kurmanji `ku_TR`.
    public required string OgLocale { get; init; }

    /// The interface language the strings and dates are read in.
    public required CultureInfo Culture { get; init; }

    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// `""` for the primary edition, `/en` for English: what goes before a site path.
    public string Prefix => IsPrimary ? "" : "/" + Code;

    /// Whether this edition's slugs keep only Latin letters (English and Kurmanji), whatever
    /// direction it was configured with.
    public bool LatinSlugs => Code is English or Kurmanji;

    /// A site path (`/sections/x`, `/feed.xml`, `/?page=2`) within this edition.
    /// The front page is `/en/`, its second page `/en/?page=2`.
    public string Path(string sitePath) => Prefix + sitePath;

    public static Edition From(EditionOptions options, bool primary)
    {
        var code = (options.Code ?? "").Trim().ToLowerInvariant();
        var known = Defaults(code);
        return new Edition
        {
            Code = code,
            Name = options.Name is { Length: > 0 } name ? name : known.Name,
            RightToLeft = options.Direction is { Length: > 0 } dir ? string.Equals(dir, "rtl", StringComparison.OrdinalIgnoreCase) : known.Rtl,
            IsPrimary = primary,
            DatelineLanguage = known.Dateline,
            Digits = options.Digits ?? known.Digits,
            MonthStyle = options.MonthStyle,
            TimeZone = options.TimeZone is { Length: > 0 } zone ? zone : null,
            Tagline = options.Tagline is { Length: > 0 } tagline ? tagline : null,
            OgLocale = known.OgLocale,
            Culture = CultureInfo.GetCultureInfo(code),
        };
    }

    // Sorani prints Eastern Arabic digits in most Kurdistan newspapers; Kurmanji and English
    // Western ones. Arabic follows the site's setting (null here).
    private static (string Name, bool Rtl, DatelineLanguage Dateline, DigitStyle? Digits, string OgLocale) Defaults(string code) => code switch
    {
        Arabic => ("العربية", true, DatelineLanguage.Arabic, null, "ar_AR"),
        Sorani => ("کوردی", true, DatelineLanguage.Sorani, DigitStyle.Eastern, "cb_IQ"),
        Kurmanji => ("Kurdî", false, DatelineLanguage.Kurmanji, DigitStyle.Western, "ku_TR"),
        English => ("English", false, DatelineLanguage.English, DigitStyle.Western, "en_GB"),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an edition Sahifa knows"),
    };
}

/// An edition code as a column: "ar", "ckb", "kmr", "en".
public static class EditionColumn
{
    public const int MaxLength = 8;
}
