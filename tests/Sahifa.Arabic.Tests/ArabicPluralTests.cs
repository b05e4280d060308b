namespace Sahifa.Arabic.Tests;

public class ArabicPluralTests
{
    private static readonly ArabicNoun Article = new("مادة", "مادتان", "مواد", "لا مواد", "مادة واحدة");

    [Theory]
    [InlineData(0, "لا مواد")]
    [InlineData(1, "مادة واحدة")]
    [InlineData(2, "مادتان")]
    [InlineData(3, "3 مواد")]
    [InlineData(10, "10 مواد")]
    [InlineData(11, "11 مادة")]
    [InlineData(99, "99 مادة")]
    [InlineData(100, "100 مادة")]
    [InlineData(103, "103 مواد")]
    [InlineData(111, "111 مادة")]
    public void Count_picks_the_noun_form_the_number_takes(int n, string expected) =>
        Assert.Equal(expected, Article.Count(n));

    [Fact]
    public void Count_uses_eastern_digits_when_asked() =>
        Assert.Equal("١٤ مادة", Article.Count(14, DigitStyle.Eastern));

    [Fact]
    public void Negative_counts_are_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Article.Count(-1));
}
