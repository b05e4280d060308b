namespace Sahifa.Arabic.Tests;

public class SearchDatesTests
{
    private static List<string> Tokens(string text) =>
        [.. SearchDates.Find(text, SearchText.Words(text)).Select(d => d.Token)];

    [Theory]
    [InlineData("قصف القرية في 6 شباط 2024")]
    [InlineData("قصف القرية في ٦ شباط ٢٠٢٤")]
    [InlineData("قصف القرية في 6 فبراير")]
    [InlineData("قصف القرية في السادس من شباط")]
    [InlineData("قصف القرية في السادس من فبراير/شباط")]
    [InlineData("قصف القرية في 6/2/2024")]
    [InlineData("قصف القرية في ٦-٢-٢٠٢٤")]
    [InlineData("قصف القرية في 2024-02-06")]
    [InlineData("قصف القرية في 6 من شباط")]
    public void Every_way_a_newsroom_writes_the_sixth_of_february_is_one_term(string text) =>
        Assert.Equal(["@6-2"], Tokens(text));

    [Theory]
    [InlineData("الثاني عشر من آذار", "@12-3")]
    [InlineData("الحادي والعشرين من أيار", "@21-5")]
    [InlineData("الخامس والعشرين من كانون الأول", "@25-12")]
    [InlineData("في 1 تشرين الثاني", "@1-11")]
    [InlineData("في ١٥ تموز/يوليو", "@15-7")]
    [InlineData("اجتماع بحزيران", "@m6")]
    [InlineData("في آب 2023", "@m8")]
    public void Compound_ordinals_two_word_months_and_a_month_alone(string text, string token) =>
        Assert.Equal([token], Tokens(text));

    [Theory]
    [InlineData("استقبل الأب أبناءه")]
    [InlineData("مارس الطبيب مهنته عشرين عامًا")]
    [InlineData("سيارة نيسان بيضاء")]
    [InlineData("كانون الحطب في البيت")]
    [InlineData("الفصل الثاني من الرواية")]
    [InlineData("وصل 40 شخصًا")]
    [InlineData("الأسعار 6/2 من المعدل")]
    public void Words_that_only_look_like_months_or_dates_are_not_dates(string text) =>
        Assert.Empty(Tokens(text));

    [Fact]
    public void A_month_that_is_also_a_word_is_a_month_beside_a_day_or_a_year() =>
        Assert.Equal(["@3-3", "@m8"], Tokens("بدأ في 3 مارس وانتهى في آب 2024"));

    [Fact]
    public void An_impossible_day_is_not_a_day_and_leaves_the_month_alone() =>
        Assert.Equal(["@m2"], Tokens("في 45 شباط"));
}
