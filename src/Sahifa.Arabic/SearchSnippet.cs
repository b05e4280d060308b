namespace Sahifa.Arabic;

/// <summary>A piece of a snippet: original text, highlighted or not.</summary>
public readonly record struct SnippetPart(string Text, bool IsMatch);

/// <summary>
/// A short passage of a text around the words a search matched, cut at word boundaries.
/// </summary>
/// <param name="Parts">The passage in order; matched words are parts of their own.</param>
/// <param name="CutBefore">Text before the passage was left out (show an ellipsis).</param>
/// <param name="CutAfter">Text after the passage was left out.</param>
public sealed record SearchSnippet(IReadOnlyList<SnippetPart> Parts, bool CutBefore, bool CutAfter)
{
    /// <summary>
    /// The passage of about <paramref name="maxLength"/> characters of <paramref name="text"/>
    /// holding the most matched words, with the words shown exactly as written: a reader who
    /// typed الاسد sees الأسد highlighted. With no match it is the opening of the text.
    /// </summary>
    /// <param name="text">Plain text (no markup).</param>
    /// <param name="isMatch">Whether a word of the text matched the query.</param>
    /// <param name="maxLength">Roughly how many characters to show.</param>
    public static SearchSnippet Build(string text, Func<SearchWord, bool> isMatch, int maxLength = 220)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isMatch);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);

        var matches = SearchText.Words(text).Where(isMatch).ToList();
        var (start, end) = Window(text, matches, maxLength);

        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var word in matches.Where(w => w.Start >= start && w.Start + w.Length <= end))
        {
            if (word.Start > at)
            {
                parts.Add(new SnippetPart(text[at..word.Start], false));
            }

            parts.Add(new SnippetPart(text.Substring(word.Start, word.Length), true));
            at = word.Start + word.Length;
        }

        if (end > at)
        {
            parts.Add(new SnippetPart(text[at..end], false));
        }

        return new SearchSnippet(parts, start > 0, end < text.Length);
    }

    // The window starting a little before a matched word that holds the most matches after it.
    private static (int Start, int End) Window(string text, List<SearchWord> matches, int maxLength)
    {
        var lead = maxLength / 5;
        var bestStart = 0;
        var bestCount = -1;
        foreach (var first in matches)
        {
            var start = first.Start <= lead ? 0 : first.Start - lead;
            var count = matches.Count(m => m.Start >= first.Start && m.Start + m.Length <= start + maxLength);
            if (count > bestCount)
            {
                (bestStart, bestCount) = (start, count);
            }
        }

        var from = WordBoundaryAtOrAfter(text, bestStart);
        var to = Math.Min(text.Length, from + maxLength);
        if (to < text.Length)
        {
            to = WordBoundaryAtOrBefore(text, to, from);
        }

        return (from, TrimEnd(text, from, to));
    }

    private static int WordBoundaryAtOrAfter(string text, int i)
    {
        if (i == 0)
        {
            return 0;
        }

        while (i < text.Length && !char.IsWhiteSpace(text[i - 1]))
        {
            i++;
        }

        return i;
    }

    private static int WordBoundaryAtOrBefore(string text, int i, int floor)
    {
        var j = i;
        while (j > floor && !char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        // One word longer than the whole snippet: cut inside it rather than show nothing.
        return j > floor ? j : i;
    }

    private static int TrimEnd(string text, int from, int to)
    {
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return to;
    }
}
