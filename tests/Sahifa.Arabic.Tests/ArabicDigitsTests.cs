namespace Sahifa.Arabic.Tests;

public class ArabicDigitsTests
{
    [Theory]
    [InlineData("2021", "٢٠٢١")]
    [InlineData("0123456789", "٠١٢٣٤٥٦٧٨٩")]
    [InlineData("طريق M4", "طريق M٤")]
    [InlineData("14:30", "١٤:٣٠")]
    [InlineData("٣ مدارس", "٣ مدارس")]
    [InlineData("بلا أرقام", "بلا أرقام")]
    [InlineData("", "")]
    public void ToEastern_replaces_western_digits_and_keeps_everything_else(string input, string expected) =>
        Assert.Equal(expected, ArabicDigits.ToEastern(input));

    [Theory]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٢٠٢١", "2021")]
    [InlineData("۱۴۰۲", "1402")]
    [InlineData("الرقة: ٣ مدارس جديدة", "الرقة: 3 مدارس جديدة")]
    [InlineData("٤٥ و۴۵", "45 و45")]
    [InlineData("طريق M4", "طريق M4")]
    [InlineData("", "")]
    public void ToWestern_folds_eastern_and_persian_digits(string input, string expected) =>
        Assert.Equal(expected, ArabicDigits.ToWestern(input));

    [Theory]
    [InlineData("21 شباط 2021", DigitStyle.Eastern, "٢١ شباط ٢٠٢١")]
    [InlineData("٢١ شباط ٢٠٢١", DigitStyle.Western, "21 شباط 2021")]
    [InlineData("٢١ شباط 2021", DigitStyle.Eastern, "٢١ شباط ٢٠٢١")]
    [InlineData("٢١ شباط 2021", DigitStyle.Western, "21 شباط 2021")]
    public void Apply_writes_every_digit_in_the_chosen_style(string input, DigitStyle style, string expected) =>
        Assert.Equal(expected, ArabicDigits.Apply(input, style));

    [Theory]
    [InlineData(2021, DigitStyle.Western, "2021")]
    [InlineData(2021, DigitStyle.Eastern, "٢٠٢١")]
    [InlineData(1234567, DigitStyle.Western, "1234567")]
    [InlineData(1234567, DigitStyle.Eastern, "١٢٣٤٥٦٧")]
    [InlineData(0, DigitStyle.Eastern, "٠")]
    [InlineData(-5, DigitStyle.Eastern, "-٥")]
    public void Format_prints_numbers_without_grouping(int n, DigitStyle style, string expected) =>
        Assert.Equal(expected, ArabicDigits.Format(n, style));

    [Fact]
    public void Apply_rejects_an_unknown_style() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ArabicDigits.Apply("1", (DigitStyle)7));
}
