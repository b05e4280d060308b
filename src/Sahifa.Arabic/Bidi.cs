using System.Globalization;
using System.Text;

namespace Sahifa.Arabic;

/// <summary>The base direction a run of text should be laid out in.</summary>
public enum TextDirection
{
    /// <summary>No strong letters at all (digits, punctuation): inherit the surrounding direction.</summary>
    Neutral,

    /// <summary>Mostly Arabic-script (or Hebrew) letters.</summary>
    RightToLeft,

    /// <summary>Mostly Latin (or other left-to-right) letters.</summary>
    LeftToRight,
}

/// <summary>Helpers that keep mixed Arabic and Latin text readable.</summary>
public static class Bidi
{
    /// <summary>
    /// The direction of the majority of strong letters. Unlike the HTML <c>dir="auto"</c> rule, which
    /// looks only at the first strong letter, an Arabic paragraph that happens to open with "M4" or
    /// "Reuters" stays right-to-left.
    /// </summary>
    public static TextDirection DominantDirection(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int rtl = 0, ltr = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            if (IsRightToLeftScript(rune.Value))
            {
                rtl++;
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.OtherLetter || rune.Value < 0x0590)
            {
                ltr++;
            }
        }

        if (rtl == 0 && ltr == 0)
        {
            return TextDirection.Neutral;
        }

        return rtl >= ltr ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, and the Arabic
    // presentation forms (U+FB1D–U+FDFF, U+FE70–U+FEFF).
    private static bool IsRightToLeftScript(int codePoint) =>
        codePoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);
}
