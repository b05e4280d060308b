using Sahifa.Web.Corrections;

namespace Sahifa.Web.Tests.Corrections;

public sealed class QuotedPassageTests
{
    private const string Text = "افتتاح السوق\n\nقال رئيس المجلس إن الأسواق الجديدة تضم ١٢٠ محلاً.\n\nوأضاف أن «الرقة» ستشهد افتتاح سوق آخر.";

    [Theory]
    [InlineData("الاسواق الجديدة تضم ١٢٠ محلا", "الأسواق الجديدة تضم ١٢٠ محلاً")]
    [InlineData("الأسواقُ الجديدةُ", "الأسواق الجديدة")]
    [InlineData("الــرقة ستشهد", "الرقة» ستشهد")]
    [InlineData("  رئيس   المجلس،  ", "رئيس المجلس")]
    [InlineData("تضم 120 محلا", "تضم ١٢٠ محلاً")]
    public void A_quote_typed_differently_still_finds_the_passage(string quote, string expected)
    {
        var found = QuotedPassage.Find(Text, quote);

        Assert.NotNull(found);
        Assert.Equal(expected, found.Match);
    }

    [Fact]
    public void The_match_comes_with_the_rest_of_its_paragraph_only()
    {
        var found = QuotedPassage.Find(Text, "تضم ١٢٠")!;

        Assert.Equal("قال رئيس المجلس إن الأسواق الجديدة ", found.Before);
        Assert.Equal(" محلاً.", found.After);
    }

    [Theory]
    [InlineData("سوق الخضار في دمشق")]
    [InlineData("في من على")]
    [InlineData("")]
    public void A_quote_that_is_not_in_the_text_finds_nothing(string quote) =>
        Assert.Null(QuotedPassage.Find(Text, quote));

    [Fact]
    public void Plain_text_keeps_the_blocks_of_the_article_apart_and_decodes_entities()
    {
        var text = QuotedPassage.PlainText("العنوان", "المقدمة", "<p>فقرة &amp; أولى</p><h2>عنوان فرعي</h2><ul><li>بند</li></ul>");

        Assert.Equal("العنوان\n\nالمقدمة\n\nفقرة & أولى\n\nعنوان فرعي\n\nبند", text);
    }
}
