namespace Sahifa.Arabic;

/// <summary>
/// Counted nouns the way Arabic says them: the noun form depends on the number (one, two, three to
/// ten, eleven and above), and numbers ending in 01 or 02 past a hundred take the singular again.
/// </summary>
/// <param name="Singular">مادة, used for 1 and for 11 and above (مادة واحدة، 11 مادة).</param>
/// <param name="Dual">مادتان, used for exactly 2.</param>
/// <param name="Plural">مواد, used for 3 to 10 (3 مواد).</param>
/// <param name="None">What to say for zero (لا مواد).</param>
/// <param name="One">What to say for exactly one (مادة واحدة).</param>
public sealed record ArabicNoun(string Singular, string Dual, string Plural, string None, string One)
{
    /// <summary>The count and the noun in the right form, in the given digits.</summary>
    public string Count(int n, DigitStyle digits = DigitStyle.Western)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return None;
        }

        if (n == 1)
        {
            return One;
        }

        if (n == 2)
        {
            return Dual;
        }

        // The noun follows the last two digits: 103 مواد, 111 مادة, 100 مادة, 102 مادة.
        var lastTwo = n % 100;
        var noun = lastTwo is >= 3 and <= 10 ? Plural : Singular;
        return $"{ArabicDigits.Format(n, digits)} {noun}";
    }
}
