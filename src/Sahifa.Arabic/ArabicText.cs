using System.Buffers;
using System.Text;

namespace Sahifa.Arabic;

/// <summary>
/// Small, pure clean-ups for Arabic text, shared by slugs, display and search so that they
/// all agree on what counts as the same text.
/// </summary>
public static class ArabicText
{
    private const char Tatweel = '\u0640';

    // Marks that sit on a letter and never change which word it is, so search and slugs can
    // ignore them.
    // U+0610–U+061A: honorific signs and small high letters written over a word (U+0610 is
    //   "sallallahu alayhi wa sallam" over the Prophet's name); combining marks like the harakat,
    //   so left alone they would leak into slugs.
    // U+064B–U+065F: tanween, fatha, damma, kasra, shadda, sukun, maddah and hamza above/below,
    //   and the rarer vowel marks after them.
    // U+0670: superscript (dagger) alef, as in "هٰذا".
    // U+06D6–U+06ED: Quranic annotation marks, except U+06DD (end of ayah, a format character
    //   that encloses a number), U+06DE and U+06E9 (symbols, not marks) and U+06E5/U+06E6 (small
    //   waw and yeh, which are spelling, not vocalisation).
    private static readonly SearchValues<char> Diacritics = SearchValues.Create(
        Range('\u0610', '\u061A')
        + Range('\u064B', '\u065F')
        + "\u0670"
        + Range('\u06D6', '\u06DC')
        + Range('\u06DF', '\u06E4')
        + Range('\u06E7', '\u06E8')
        + Range('\u06EA', '\u06ED'));

    // Invisible characters that arrive with text pasted from Word, WhatsApp or social media.
    // They make equal-looking strings unequal (so search misses and slugs differ), and an
    // unterminated embedding or override can reorder the rest of a page.
    // U+200E LRM, U+200F RLM, U+061C ARABIC LETTER MARK: bidi marks.
    // U+202A–U+202E LRE, RLE, PDF, LRO, RLO: bidi embeddings and overrides.
    // U+2066–U+2069 LRI, RLI, FSI, PDI: bidi isolates.
    // U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+2060 WORD JOINER, U+FEFF BOM / ZWNBSP: zero width.
    //   ZWNJ carries meaning in Persian spelling (می‌خواهم) and ZWJ in emoji sequences; we accept
    //   that loss because neither belongs in an Arabic name, headline or slug.
    private static readonly SearchValues<char> InvisibleControls = SearchValues.Create(
        "\u200E\u200F\u061C"
        + Range('\u202A', '\u202E')
        + Range('\u2066', '\u2069')
        + "\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>
    /// Removes harakat, tanween, shadda, superscript alef and Quranic marks; letters stay.
    /// </summary>
    /// <remarks>
    /// The text is composed (NFC) first, so a hamza or maddah typed as a separate combining mark
    /// after alef, waw or yeh (U+0653–U+0655) becomes the letter آ, أ, إ, ؤ or ئ and is kept,
    /// instead of being removed with the harakat.
    /// </remarks>
    public static string RemoveDiacritics(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Remove(s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC), Diacritics);
    }

    /// <summary>Removes tatweel (U+0640), the stretching stroke in "الــرقة".</summary>
    public static string RemoveTatweel(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Contains(Tatweel, StringComparison.Ordinal)
            ? s.Replace("\u0640", string.Empty, StringComparison.Ordinal)
            : s;
    }

    /// <summary>
    /// Removes bidi controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) and
    /// zero-width characters (U+200B–U+200D, U+2060, U+FEFF).
    /// </summary>
    public static string RemoveInvisibleControls(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Remove(s, InvisibleControls);
    }

    /// <summary>
    /// Tidies a name or headline typed by a person: removes invisible controls and other control
    /// characters, composes to NFC, turns each run of whitespace into one space and trims.
    /// Diacritics, tatweel and punctuation are kept, because this is text to show.
    /// </summary>
    public static string CleanForDisplay(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var composed = RemoveInvisibleControls(s).Normalize(NormalizationForm.FormC);

        var result = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            // Other C0/C1 controls (NUL, BEL, ESC…) are never intended, and PostgreSQL rejects
            // NUL in text columns outright.
            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // For the search normaliser, which folds a word in one pass instead of calling the functions above.
    internal static bool IsDiacritic(char c) => Diacritics.Contains(c);

    internal static bool IsInvisibleControl(char c) => InvisibleControls.Contains(c);

    private static string Remove(string s, SearchValues<char> unwanted)
    {
        var span = s.AsSpan();
        var first = span.IndexOfAny(unwanted);
        if (first < 0)
        {
            return s;
        }

        var result = new StringBuilder(s.Length);
        result.Append(span[..first]);
        foreach (var c in span[first..])
        {
            if (!unwanted.Contains(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(first + i);
        }

        return new string(chars);
    }
}
