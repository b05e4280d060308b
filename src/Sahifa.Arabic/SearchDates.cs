using System.Globalization;

namespace Sahifa.Arabic;

/// <summary>A date named in a text: its words (indexes into the word list) and what it means.</summary>
/// <param name="First">The first word of the mention (the day, or the month when there is none).</param>
/// <param name="Last">The last word (the month, or its second naming in «شباط/فبراير»).</param>
/// <param name="Day">The day of the month, or null for a month alone.</param>
/// <param name="Month">The month, 1–12.</param>
public readonly record struct DateMention(int First, int Last, int? Day, int Month)
{
    /// The index term for this mention: one for a day and month, whatever naming and digits the
    /// text used, and one for a month alone.
    public string Token => Day is { } day ? SearchDates.DayToken(day, Month) : SearchDates.MonthToken(Month);
}

/// <summary>
/// Days and months as newsrooms write them, read from the words of a text: «6 شباط», «٦ فبراير»,
/// «السادس من شباط», «الثاني عشر من آذار/مارس», «6/2/2025». The index keeps one term per mention so
/// that a reader's «6 شباط» finds «السادس من فبراير»; the month names come from
/// <see cref="Dateline"/>'s tables, the same ones pages print.
/// </summary>
public static class SearchDates
{
    // Terms no normalised word can be: Normalize keeps only letters, digits and a decimal dot.
    public static string DayToken(int day, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"@{day}-{month}");

    public static string MonthToken(int month) => string.Create(CultureInfo.InvariantCulture, $"@m{month}");

    // Month names in one word, normalised; two-word names (كانون الثاني، تشرين الأول) by first word.
    private static readonly Dictionary<string, int> OneWordMonths = new(StringComparer.Ordinal);
    private static readonly Dictionary<(string, string), int> TwoWordMonths = [];

    // Names that are also common words: آب (أب, a father), مارس (he practised), ماي, نيسان (the
    // car maker), جوان (a name). Alone they are words; beside a day, a year or another naming of
    // the month they are the month.
    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal) { "اب", "مارس", "ماي", "نيسان", "جوان" };

    // Ordinal days, normalised: الأول… العاشر, and the tens of the compound forms.
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["الاول"] = 1,
        ["اول"] = 1,
        ["الحادي"] = 1,
        ["الثاني"] = 2,
        ["الثالث"] = 3,
        ["الرابع"] = 4,
        ["الخامس"] = 5,
        ["السادس"] = 6,
        ["السابع"] = 7,
        ["الثامن"] = 8,
        ["التاسع"] = 9,
        ["العاشر"] = 10,
        ["العشرين"] = 20,
        ["الثلاثين"] = 30,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["عشر"] = 10,
        ["والعشرين"] = 20,
        ["والثلاثين"] = 30,
    };

    static SearchDates()
    {
        foreach (var (month, name) in Dateline.GregorianMonthNames())
        {
            var words = name.Split(' ');
            if (words.Length == 1)
            {
                OneWordMonths[SearchText.Normalize(words[0])] = month;
            }
            else
            {
                TwoWordMonths[(SearchText.Normalize(words[0]), SearchText.Normalize(words[1]))] = month;
            }
        }
    }

    /// <summary>The dates named in <paramref name="words"/> (from <see cref="SearchText.Words"/> on
    /// <paramref name="text"/>), in order.</summary>
    public static List<DateMention> Find(string text, IReadOnlyList<SearchWord> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<DateMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Numeric(text, words, i) is { } numeric)
            {
                found.Add(numeric);
                i = numeric.Last;
                continue;
            }

            if (Month(words, i) is not var (month, last))
            {
                continue;
            }

            // «شباط/فبراير», «آذار (مارس)»: the second naming belongs to the same mention.
            if (last + 1 < words.Count && words[last + 1].Position == words[last].Position + 1
                && Month(words, last + 1) is var (again, againLast) && again == month)
            {
                last = againLast;
            }

            var day = DayBefore(words, i);
            var first = day?.First ?? i;
            var standsAlone = day is null && !HasYearAfter(words, last) && last == i;
            if (standsAlone && Ambiguous.Contains(words[i].Exact))
            {
                continue;
            }

            found.Add(new DateMention(first, last, day?.Day, month));
            i = last;
        }

        return found;
    }

    // The month at word i, and the index of its last word.
    private static (int Month, int Last)? Month(IReadOnlyList<SearchWord> words, int i)
    {
        var word = words[i].Exact;
        if (i + 1 < words.Count && words[i + 1].Position == words[i].Position + 1
            && TwoWordMonths.TryGetValue((WithoutProclitic(word, w => TwoWordMonths.Keys.Any(k => k.Item1 == w)), words[i + 1].Exact), out var two))
        {
            return (two, i + 1);
        }

        // كانون and تشرين alone are not a month; nor is الثاني alone.
        var single = WithoutProclitic(word, OneWordMonths.ContainsKey);
        return OneWordMonths.TryGetValue(single, out var one) ? (one, i) : null;
    }

    // «بشباط», «وآذار», «لنيسان»: a proclitic before a month name.
    private static string WithoutProclitic(string word, Func<string, bool> known)
    {
        if (known(word))
        {
            return word;
        }

        if (word.Length > 3 && word[0] is 'و' or 'ب' or 'ل' or 'ف' && known(word[1..]))
        {
            return word[1..];
        }

        return word;
    }

    // The day written before the month: digits next to it («6 شباط», «6 من شباط») or an ordinal
    // with من between («السادس من شباط», «الثاني عشر من آذار», «الحادي والعشرين من أيار»).
    private static (int First, int Day)? DayBefore(IReadOnlyList<SearchWord> words, int month)
    {
        if (month == 0)
        {
            return null;
        }

        var at = words[month].Position;
        var before = words[month - 1];
        if (at - before.Position is 1 or 2 && DayNumber(before.Exact) is { } digits)
        {
            return (month - 1, digits);
        }

        if (at - before.Position == 2 || (at - before.Position == 1 && before.Exact is "اول"))
        {
            if (Ordinals.TryGetValue(before.Exact, out var simple) && before.Exact is not ("الحادي"))
            {
                return (month - 1, simple);
            }

            if (month >= 2 && Tens.TryGetValue(before.Exact, out var tens)
                && words[month - 2].Position == before.Position - 1
                && Ordinals.TryGetValue(words[month - 2].Exact, out var unit) && unit < 10)
            {
                return (month - 2, tens + unit);
            }
        }

        return null;
    }

    private static int? DayNumber(string word) =>
        word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            ? day
            : null;

    private static bool HasYearAfter(IReadOnlyList<SearchWord> words, int last) =>
        last + 1 < words.Count && words[last + 1].Position == words[last].Position + 1
        && words[last + 1].Exact.Length == 4 && int.TryParse(words[last + 1].Exact, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1900 and <= 2100;

    // 6/2/2025, ٦-٢-٢٠٢٥ and 2025-02-06: day first as the region writes it, or the ISO order.
    private static DateMention? Numeric(string text, IReadOnlyList<SearchWord> words, int i)
    {
        if (i + 2 >= words.Count || !Joined(text, words, i) || !Joined(text, words, i + 1))
        {
            return null;
        }

        int? Part(int k) => int.TryParse(words[k].Exact, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (Part(i) is not { } a || Part(i + 1) is not { } b || Part(i + 2) is not { } c)
        {
            return null;
        }

        if (a is >= 1 and <= 31 && b is >= 1 and <= 12 && c is >= 1900 and <= 2100)
        {
            return new DateMention(i, i + 2, a, b);
        }

        if (a is >= 1900 and <= 2100 && b is >= 1 and <= 12 && c is >= 1 and <= 31)
        {
            return new DateMention(i, i + 2, c, b);
        }

        return null;
    }

    // Two words with only a date separator between them in the text.
    private static bool Joined(string text, IReadOnlyList<SearchWord> words, int i)
    {
        var end = words[i].Start + words[i].Length;
        var gap = text.AsSpan(end, words[i + 1].Start - end);
        return gap.Length == 1 && gap[0] is '/' or '-' or '.' or '\\';
    }
}
