using Sahifa.Arabic;

namespace Sahifa.Web.Editions;

/// One entry of `Sahifa:Editions` as configured. Only the code is required: the rest defaults
/// from it for the four languages Sahifa knows (see <see cref="Edition.From"/>).
public sealed class EditionOptions
{
    public string? Code { get; set; }

    /// The language's own name, for the language switcher ("English", "کوردی").
    public string? Name { get; set; }

    /// `rtl` or `ltr`.
    public string? Direction { get; set; }

    /// An IANA zone for this edition's datelines; unset, the site's.
    public string? TimeZone { get; set; }

    public DigitStyle? Digits { get; set; }

    /// For Arabic editions: which month names (the site's setting when unset).
    public MonthStyle? MonthStyle { get; set; }

    /// The line under the site's name in this edition; unset, the interface text's.
    public string? Tagline { get; set; }
}
