namespace Sahifa.Arabic.Tests;

public class BidiTests
{
    [Theory]
    [InlineData("أعادت اللجنة فتح الجسر", TextDirection.RightToLeft)]
    [InlineData("M4 طريق يربط الحسكة بحلب منذ عقود", TextDirection.RightToLeft)]
    [InlineData("Reuters: وكالة أنباء", TextDirection.RightToLeft)]
    [InlineData("The bridge reopened on Tuesday", TextDirection.LeftToRight)]
    [InlineData("«We will not stop» قال المتحدث", TextDirection.LeftToRight)]
    [InlineData("2026 - 14:30", TextDirection.Neutral)]
    [InlineData("٣٥٪", TextDirection.Neutral)]
    [InlineData("", TextDirection.Neutral)]
    [InlineData("ﻻ", TextDirection.RightToLeft)]
    public void Dominant_direction_follows_the_majority_of_strong_letters(string text, TextDirection expected) =>
        Assert.Equal(expected, Bidi.DominantDirection(text));
}
