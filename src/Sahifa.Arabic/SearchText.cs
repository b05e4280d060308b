using System.Globalization;
using System.Text;

namespace Sahifa.Arabic;

/// <summary>One word of a text as search sees it.</summary>
/// <param name="Start">Where the word starts in the original text (UTF-16 index).</param>
/// <param name="Length">How long it is there, so a snippet can show it as written.</param>
/// <param name="Position">
/// Its place among the words; stop words are dropped but still counted, so a phrase cannot
/// match across a removed word.
/// </param>
/// <param name="Exact">The word normalised (<see cref="SearchText.Normalize"/>) but not stemmed.</param>
public readonly record struct SearchWord(int Start, int Length, int Position, string Exact);

/// <summary>
/// The search analysis chain: splitting text into words, normalising them the way readers type,
/// dropping stop words and light stemming. Plain functions with no search-engine types, so the
/// index, the query, the snippet highlighter and the tests all use the same rules.
/// </summary>
public static class SearchText
{
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>The fewest letters a stem may keep: the length of most Arabic roots.</summary>
    public const int MinStemLength = 3;

    // Definite article, alone or behind the proclitics و ف (and, so) and ب ك (with, like); لل is
    // ل + ال with the alef dropped (للرقة). Longest first, so وبال is tried before وال and ال.
    private static readonly string[] ArticlePrefixes =
        ["وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];

    // Pronoun suffixes: -her, -them, -you, -us.
    private static readonly string[] PronounSuffixes = ["هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا"];

    // Plural, dual and relative (nisba) endings, after ة has been folded to ه. ون ين ان need a
    // longer remainder (see StripEnding): لبنان, ايران, سودان, بحرين and قانون end in them.
    private static readonly string[] PluralSuffixes = ["يين", "يون", "ات", "ون", "ين", "ان", "يه", "ي"];

    // Names that end like a plural or a dual but are not one; stripping would conflate
    // فلسطين with nothing useful and break its match with فلسطيني. Normalised spelling.
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "فلسطين", "تلفزيون", "الله", "سليمان", "بنيامين", "ياسين", "حوران", "طهران", "عمران", "جيحان", "كوباني",
    };

    private static readonly HashSet<string> StopWords = BuildStopWords();

    /// <summary>
    /// Folds one word the way readers type it: NFKC, no diacritics, tatweel or invisible
    /// controls; Eastern and Persian digits as 0–9; أ إ آ ٱ as ا, ى and ئ and Persian ی as ي,
    /// ة as ه, ؤ as و, Persian ک as ك; Latin lower-cased without accents. Thousands separators
    /// inside a number go (١٬٥٠٠ and 1,500 are 1500) and the Arabic decimal separator is a dot.
    /// </summary>
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = NeedsCompatibilityForm(word)
            ? ArabicText.RemoveInvisibleControls(word).Normalize(NormalizationForm.FormKC)
            : word;

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    result.Append((char)(c | 0x20));
                }
                else if (char.IsAsciiLetterOrDigit(c) || (c == '.' && IsBetweenDigits(text, i)))
                {
                    result.Append(c);
                }

                continue;
            }

            if (c is >= '\u0600' and <= '\u06FF')
            {
                if (Fold(c) is var folded and not '\0')
                {
                    result.Append(folded);
                }

                continue;
            }

            AppendOther(result, text, ref i);
        }

        // A final hamza after و or ي is as often left off as written (شيء، شي؛ الطوارئ، الطوارىء،
        // الطواري؛ هدوء، هدو): the folded word ends without it.
        if (result.Length > 2 && result[^1] == '\u0621' && result[^2] is '\u0648' or '\u064A')
        {
            result.Length--;
        }

        return result.ToString();
    }

    /// <summary>
    /// The words of <paramref name="text"/> with their places in it, normalised, stop words left
    /// out. A word is a run of letters, digits and the marks inside them; a number keeps its
    /// separators (3.5, ١٬٥٠٠) and a Latin word its apostrophe (Ba'ath).
    /// </summary>
    public static List<SearchWord> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<SearchWord>();
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordStart(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsInsideWord(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var exact = Normalize(text[start..i]);
            if (exact.Length == 0)
            {
                continue;
            }

            if (!StopWords.Contains(exact))
            {
                words.Add(new SearchWord(start, i - start, position, exact));
            }

            position++;
        }

        return words;
    }

    /// <summary>True for a normalised word too common to search for (في، من، على، الذي…).</summary>
    /// <remarks>
    /// The list is normalised too, so أن, ان, إن and إلى / الى are all stop words however
    /// they are typed.
    /// </remarks>
    public static bool IsStopWord(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return StopWords.Contains(normalized);
    }

    /// <summary>
    /// The light stem of a normalised word: the definite article with its proclitics
    /// (ال، وال، بال، كال، فال، لل، وبال…) and then common suffixes (pronouns, plurals, duals,
    /// the relative ية and ي, ة) are removed, each only when at least
    /// <see cref="MinStemLength"/> letters remain, so that والرقة, بالرقة and للرقة all give
    /// رقه while بيت and علم stay whole. Latin words and numbers are returned as they are.
    /// </summary>
    public static string Stem(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (!IsArabicWord(normalized))
        {
            return normalized;
        }

        var withoutArticle = StripArticle(normalized);
        return StripSuffixes(WithoutFinalHamza(withoutArticle));
    }

    /// <summary>
    /// The stem first, then the stems the word would have without a leading و or ف (and, so),
    /// alone or before ب ك ل (with, like, for).
    /// </summary>
    /// <remarks>
    /// A single و or ف is as often the first letter of the word (وزير، فريق، فرنسا) as a
    /// conjunction (وقال، فقط), and nothing in the letters tells which. Rather than guess, the
    /// index keeps both readings at the same position, so وزير, ووزير and الوزير all meet at وزير.
    /// ب ك ل alone need four letters after them (كتاب and بيت are never split) because they start
    /// far more nouns than they are attached to.
    /// </remarks>
    public static IReadOnlyList<string> StemVariants(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var stem = Stem(normalized);
        if (!IsArabicWord(normalized) || StripArticle(normalized).Length != normalized.Length)
        {
            return [stem];
        }

        var variants = new List<string>(3) { stem };
        var rest = normalized;

        // «بـ200 ليرة», «و15 جريحًا», «وYPG»: a proclitic written onto a number or a Latin name.
        var latin = 0;
        while (latin < normalized.Length && !char.IsAsciiLetterOrDigit(normalized[latin]))
        {
            latin++;
        }

        if (latin is 1 or 2 && latin < normalized.Length && normalized.AsSpan(0, latin).IndexOfAnyExcept("وفبلك") < 0
            && normalized.AsSpan(latin).ContainsAnyExcept(AsciiLettersAndDigits) is false)
        {
            return [stem, normalized[latin..]];
        }

        if (rest[0] is 'و' or 'ف' && rest.Length - 1 >= MinStemLength)
        {
            rest = rest[1..];
            Add(variants, StripSuffixes(WithoutFinalHamza(StripArticle(rest))));
        }

        if (rest[0] is 'ب' or 'ك' or 'ل' && rest.Length - 1 >= MinStemLength + 1)
        {
            Add(variants, StripSuffixes(WithoutFinalHamza(rest[1..])));
        }

        return variants;

        static void Add(List<string> list, string value)
        {
            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }
    }

    // The hamza of a final اء is dropped in speech and often in typing (الكهربا، ابنا، سما):
    // stems meet without it. ماء keeps it, since ما is a word of its own.
    private static string WithoutFinalHamza(string word) =>
        word.Length > MinStemLength && word.EndsWith("\u0627\u0621", StringComparison.Ordinal) ? word[..^1] : word;

    private static string StripArticle(string word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.Length - prefix.Length >= MinStemLength && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }

    private static string StripSuffixes(string word)
    {
        if (Protected.Contains(word) || (word.Length >= 6 && word.EndsWith("ستان", StringComparison.Ordinal)))
        {
            return word;
        }

        var afterPronoun = StripEnding(word, PronounSuffixes);

        // A ة before a pronoun is written ت (حكومتها): turn it back so it meets حكومة. Not after
        // ا, where ات is the feminine plural (سياراتها).
        if (afterPronoun.Length != word.Length && afterPronoun.Length > MinStemLength
            && afterPronoun[^1] == 'ت' && afterPronoun[^2] != 'ا')
        {
            afterPronoun = afterPronoun[..^1] + "ه";
        }

        var afterPlural = StripEnding(afterPronoun, PluralSuffixes);

        // A plural of a word ending in ى keeps it as ي (مستشفيات from مستشفى), so the ي goes too
        // and the plural meets its singular; with no plural ending, a final ة (now ه) goes.
        return afterPlural.Length == afterPronoun.Length ? StripEnding(afterPlural, ["ه"]) : StripEnding(afterPlural, ["ي"]);
    }

    private static string StripEnding(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            // ون ين ان also end place names and nouns of three letters and more (لبنان، ايران،
            // قانون، بحرين): only a remainder of four letters is taken as a plural or a dual.
            var least = suffix is "ون" or "ين" or "ان" ? MinStemLength + 1 : MinStemLength;
            if (word.Length - suffix.Length >= least && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static bool IsArabicWord(string word) => word.Length > 0 && word[0] is >= '\u0621' and <= '\u064A';

    private static char Fold(char c) => c switch
    {
        // أ إ آ ٱ and the wavy-hamza alefs ٲ ٳ
        '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => '\u0627',
        // ى, ئ, Persian ی (U+06CC) and Urdu/Farsi ې
        '\u0649' or '\u0626' or '\u06CC' or '\u06D0' => '\u064A',
        // ة, and the heh forms of Persian and Urdu keyboards (ۃ ھ ە ۀ)
        '\u0629' or '\u06C3' or '\u06BE' or '\u06D5' or '\u06C0' => '\u0647',
        // ؤ, and Kurdish ۆ ۇ ۋ, which readers of Arabic read as و
        '\u0624' or '\u06C6' or '\u06C7' or '\u06CB' => '\u0648',
        // Kurdish ێ
        '\u06CE' => '\u064A',
        // Persian ک, swash kaf ڪ, and گ, which Arabic copy writes as ك (كوردستان، كركوك)
        '\u06A9' or '\u06AA' or '\u06AF' => '\u0643',
        // Kurdish ڕ ڵ, Persian پ ژ ڤ: the Arabic letter an Arabic keyboard gives for each
        '\u0695' => '\u0631',
        '\u06B5' => '\u0644',
        '\u067E' => '\u0628',
        '\u0698' => '\u0632',
        '\u06A4' => '\u0641',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        // Arabic decimal separator; the thousands separator goes.
        '\u066B' => '.',
        '\u066C' or '\u0640' => '\0',
        _ when ArabicText.IsDiacritic(c) || ArabicText.IsInvisibleControl(c) => '\0',
        _ when char.IsLetterOrDigit(c) => c,
        _ => '\0',
    };

    // Latin with accents, presentation forms (ﻻ), full-width letters, Greek and the rest.
    private static void AppendOther(StringBuilder result, string text, ref int i)
    {
        if (char.IsSurrogatePair(text, i))
        {
            var rune = new Rune(text[i], text[i + 1]);
            i++;
            if (Rune.IsLetterOrDigit(rune))
            {
                result.Append(Rune.ToLowerInvariant(rune).ToString());
            }

            return;
        }

        var c = text[i];
        if (!char.IsLetterOrDigit(c))
        {
            return;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower is (>= '\u00C0' and < '\u0250') or (>= '\u1E00' and <= '\u1EFF'))
        {
            // Only Latin is decomposed; in NFD أ is ا plus a combining hamza.
            foreach (var part in lower.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    result.Append(part);
                }
            }

            return;
        }

        result.Append(lower);
    }

    // Plain Arabic and ASCII need no compatibility mapping, which keeps indexing fast; anything
    // else (presentation forms such as ﻻ, full-width Latin, ligatures) goes through NFKC.
    private static bool NeedsCompatibilityForm(string word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80 && c is not (>= '\u0600' and <= '\u06FF') && !ArabicText.IsInvisibleControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordStart(string text, int i) => IsLetterOrDigit(text, i);

    private static bool IsInsideWord(string text, int i)
    {
        if (IsLetterOrDigit(text, i))
        {
            return true;
        }

        var c = text[i];
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return true;
        }

        // 3.5, 1,500, ٣٫٥ and ١٬٥٠٠ are one number; Ba'ath and O’Brien one name.
        return c switch
        {
            '.' or ',' or '\u066B' or '\u066C' => IsBetweenDigits(text, i),
            '\'' or '\u2019' => i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]),
            _ => false,
        };
    }

    private static bool IsLetterOrDigit(string text, int i) =>
        char.IsSurrogatePair(text, i) ? Rune.IsLetterOrDigit(new Rune(text[i], text[i + 1])) : char.IsLetterOrDigit(text[i]);

    private static bool IsBetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    // Function words of news copy. Written here as people spell them; they are normalised when the
    // set is built, and each also counts with و or ف attached (وفي، فإن), which are words of their own.
    // على is not one: folded, it is علي, the name Ali. Nor are أم (mother, as in أم درمان), اليوم
    // and أمس, which name things readers look for.
    private static HashSet<string> BuildStopWords()
    {
        string[] words =
        [
            "في", "من", "إلى", "عن", "مع", "عند", "لدى", "حتى", "منذ", "خلال", "بين", "نحو", "دون", "ضد",
            "عبر", "حول", "قبل", "بعد", "فوق", "تحت", "أمام", "خلف", "ضمن", "لكن", "لكنه", "لكنها", "بل", "أو",
            "ثم", "إن", "أن", "إنه", "أنه", "إنها", "أنها", "أنهم", "كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست",
            "قد", "لقد", "لا", "لم", "لن", "ما", "ماذا", "متى", "أين", "كيف", "هل", "إذا", "إذ", "لو", "لولا", "كل",
            "بعض", "غير", "أي", "أى", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هنا", "هناك", "هو", "هي", "هم",
            "هن", "هما", "نحن", "أنا", "أنت", "أنتم", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي",
            "ال", "و", "ف", "ب", "ل", "ك", "به", "بها", "بهم", "له", "لها", "لهم", "منه", "منها", "منهم", "عليه",
            "عليها", "عليهم", "فيه", "فيها", "فيهم", "إليه", "إليها", "عنه", "عنها", "كما", "مثل", "أيضا", "أيضاً",
            "حيث", "بينما", "كذلك", "عندما", "إلا", "سوى", "قال", "يا", "تم", "وفق", "وفقا", "وفقاً", "الآن",
            "جدا", "جداً", "فقط", "عدة", "لأن", "لماذا", "كم",
            // How readers ask in the dialects they type: شو صار بالرقة، وين صارت القافلة.
            "شو", "ايش", "شنو", "وين", "ليش", "شلون", "امتى", "ليه", "فين", "هيك",
        ];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var normalized = Normalize(word);
            set.Add(normalized);
            // وال would also be the governor (والٍ).
            if (normalized.Length > 1 && normalized != "ال")
            {
                set.Add("و" + normalized);
                set.Add("ف" + normalized);
            }
        }

        return set;
    }
}
