using System.Globalization;

namespace Sahifa.Arabic;

/// <summary>Which digit shapes a site prints numbers in.</summary>
public enum DigitStyle
{
    /// <summary>0123456789, as most Arabic news sites online use.</summary>
    Western,

    /// <summary>٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669).</summary>
    Eastern,
}

/// <summary>Converts between Western digits and the Arabic-Indic digits readers type and read.</summary>
public static class ArabicDigits
{
    private const char EasternZero = '\u0660';
    private const char PersianZero = '\u06F0';

    /// <summary>Replaces 0–9 with ٠–٩ (U+0660–U+0669); every other character is kept.</summary>
    public static string ToEastern(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!s.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return s;
        }

        return string.Create(s.Length, s, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = char.IsAsciiDigit(c) ? (char)(EasternZero + (c - '0')) : c;
            }
        });
    }

    /// <summary>
    /// Replaces Eastern Arabic ٠–٩ (U+0660–U+0669) and Persian ۰–۹ (U+06F0–U+06F9) with 0–9.
    /// </summary>
    /// <remarks>
    /// Persian digits are folded too because Kurdish and Persian keyboards produce them, and
    /// ۴۵۶ look different from ٤٥٦ but mean the same numbers.
    /// </remarks>
    public static string ToWestern(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var span = s.AsSpan();
        if (!span.ContainsAnyInRange(EasternZero, (char)(EasternZero + 9))
            && !span.ContainsAnyInRange(PersianZero, (char)(PersianZero + 9)))
        {
            return s;
        }

        return string.Create(s.Length, s, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = c switch
                {
                    >= EasternZero and <= (char)(EasternZero + 9) => (char)('0' + (c - EasternZero)),
                    >= PersianZero and <= (char)(PersianZero + 9) => (char)('0' + (c - PersianZero)),
                    _ => c,
                };
            }
        });
    }

    /// <summary>Rewrites the digits in <paramref name="s"/> in <paramref name="style"/>.</summary>
    public static string Apply(string s, DigitStyle style) => style switch
    {
        DigitStyle.Western => ToWestern(s),
        DigitStyle.Eastern => ToEastern(s),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    /// <summary>Formats <paramref name="n"/> without group separators, whatever the ambient culture.</summary>
    public static string Format(int n, DigitStyle style) =>
        Apply(n.ToString(CultureInfo.InvariantCulture), style);
}
