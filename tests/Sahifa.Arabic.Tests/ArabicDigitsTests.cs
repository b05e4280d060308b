namespace Sahifa.Arabic.Tests;

public class ArabicDigitsTests
{
    [Fact]
    public void Eastern_is_not_western() => Assert.NotEqual(DigitStyle.Western, DigitStyle.Eastern);
}
