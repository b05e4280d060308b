using System.Globalization;
using System.Text;

namespace Sahifa.Arabic;

/// <summary>Readable Arabic URL slugs, such as "الرقة-3-مدارس-جديدة".</summary>
public static class Slugs
{
    /// <summary>
    /// Turns a headline into a slug of lower-case words joined by single hyphens.
    /// </summary>
    /// <remarks>
    /// Arabic letters are kept as written, hamza included, so the URL stays readable; diacritics,
    /// tatweel and invisible controls go. Eastern and Persian digits become 0–9. Latin letters are
    /// lower-cased and lose their accents (é becomes e). Punctuation and symbols separate words,
    /// except apostrophes, which are dropped inside a word ("Ba'ath" becomes "baath").
    /// </remarks>
    /// <param name="headline">The headline as the editor typed it.</param>
    /// <param name="maxLength">
    /// The longest slug, in UTF-16 code units (one per Arabic letter). The slug ends at a word
    /// boundary; only a first word longer than this is cut.
    /// </param>
    /// <param name="fallback">
    /// Returned, as given, when nothing usable is left (e.g. "؟!"); must not be empty, so a slug
    /// never is.
    /// </param>
    /// <param name="latinOnly">
    /// For editions written in Latin letters (English, Kurmanji): every other letter separates
    /// words, so a slug is plain a–z and digits ("Şam" becomes "sam"), however the headline
    /// quotes a name in Arabic script.
    /// </param>
    public static string FromHeadline(string headline, int maxLength = 80, string fallback = "article", bool latinOnly = false)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        ArgumentException.ThrowIfNullOrEmpty(fallback);

        // Controls go before NFKC so a zero-width character cannot keep a letter from
        // composing with its hamza or accent.
        var text = ArabicText.RemoveInvisibleControls(headline).Normalize(NormalizationForm.FormKC);
        text = ArabicText.RemoveTatweel(ArabicText.RemoveDiacritics(text));
        text = ArabicDigits.ToWestern(text);

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            switch (Classify(rune))
            {
                case Kind.Keep when latinOnly && !IsLatinOrDigit(rune):
                    if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }

                    break;
                case Kind.Keep:
                    AppendFolded(word, rune.Value == 'ı' ? new Rune('i') : rune);
                    break;
                case Kind.Separator when word.Length > 0:
                    words.Add(word.ToString());
                    word.Clear();
                    break;
                default:
                    break;
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.Count == 0 ? fallback : JoinWithin(words, maxLength);
    }

    /// <summary>
    /// Returns <paramref name="slug"/> if it is free, otherwise the first free one of
    /// "slug-2", "slug-3"…
    /// </summary>
    /// <remarks>
    /// A suffixed slug still fits in <paramref name="maxLength"/>: words are dropped from the end
    /// of the base to make room for the suffix (cutting the single first word if need be, but
    /// always keeping at least one character of it). <paramref name="slug"/> itself is returned
    /// unchanged when free, whatever its length. <paramref name="isTaken"/> is called once per
    /// candidate, in order.
    /// </remarks>
    public static string MakeUnique(string slug, Func<string, bool> isTaken, int maxLength = 80)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        ArgumentNullException.ThrowIfNull(isTaken);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        if (!isTaken(slug))
        {
            return slug;
        }

        var words = slug.Split('-');
        for (var n = 2; ; n = checked(n + 1))
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = JoinWithin(words, Math.Max(1, maxLength - suffix.Length)) + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// Percent-encodes a slug (UTF-8) for a Location header or an href, where raw Arabic is not
    /// allowed; browsers show it decoded again.
    /// </summary>
    public static string ToUrlSegment(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return Uri.EscapeDataString(slug);
    }

    private enum Kind
    {
        Keep,
        Drop,
        Separator,
    }

    private static Kind Classify(Rune rune)
    {
        // Apostrophes join: in transliterated names they stand for ʿayn or hamza inside a word.
        // U+0027 ', U+2019 ’, U+02BC ʼ and the other spacing modifier letters U+02B0–U+02FF.
        if (rune.Value is '\'' or '\u2019' or (>= 0x02B0 and <= 0x02FF))
        {
            return Kind.Drop;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
                return Kind.Keep;

            // Marks and format characters belong to the word around them (a soft hyphen, a
            // combining mark not on the diacritics list), so they must not split it.
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return Kind.Drop;

            default:
                return Kind.Separator;
        }
    }

    private static void AppendFolded(StringBuilder word, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (!IsAccentedLatin(lower))
        {
            word.Append(lower.ToString());
            return;
        }

        // Only Latin letters are decomposed: in NFD أ is ا plus U+0654, and the hamza must stay.
        foreach (var c in lower.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
        }
    }

    private static bool IsLatinOrDigit(Rune rune) =>
        rune.Value is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') || IsAccentedLatin(Rune.ToLowerInvariant(rune)) || rune.Value == 'ı';

    // Latin-1 Supplement, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese).
    private static bool IsAccentedLatin(Rune rune) =>
        rune.Value is (>= 0x00C0 and < 0x0250) or (>= 0x1E00 and <= 0x1EFF);

    private static string JoinWithin(IReadOnlyList<string> words, int maxLength)
    {
        var first = words[0];
        if (first.Length > maxLength)
        {
            // Cut between runes so no half of a surrogate pair is left; one rune always stays.
            var cut = 0;
            foreach (var rune in first.EnumerateRunes())
            {
                if (cut > 0 && cut + rune.Utf16SequenceLength > maxLength)
                {
                    break;
                }

                cut += rune.Utf16SequenceLength;
            }

            return first[..cut];
        }

        var slug = new StringBuilder(first);
        foreach (var word in words.Skip(1))
        {
            if (slug.Length + 1 + word.Length > maxLength)
            {
                break;
            }

            slug.Append('-').Append(word);
        }

        return slug.ToString();
    }
}
