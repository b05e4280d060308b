namespace Sahifa.Arabic.Tests;

public class BrokenPluralsTests
{
    [Theory]
    [InlineData("الأسواق", "سوق")]
    [InlineData("سوق", "اسواق")]
    [InlineData("بالمدارس", "مدرسه")]
    [InlineData("الطفل", "اطفال")]
    [InlineData("والجرحى", "جريح")]
    [InlineData("الأغنام", "غنم")]
    public void A_word_is_offered_with_its_other_number_whatever_is_attached(string word, string other) =>
        Assert.Contains(other, BrokenPlurals.Counterparts(SearchText.Normalize(word)));

    [Theory]
    [InlineData("كتاب")]
    [InlineData("فريق")]
    [InlineData("الحسكة")]
    public void Words_whose_plural_is_another_common_word_or_that_are_not_listed_get_nothing(string word) =>
        Assert.Empty(BrokenPlurals.Counterparts(SearchText.Normalize(word)));
}
