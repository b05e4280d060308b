using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Sahifa.Web.Search;

namespace Sahifa.Web.Tests.Search;

/// Each edition's analysis: the forms a reader types meet the forms a story is written in, and
/// Arabic's index terms are exactly what they were before editions.
public class SearchLanguageTests
{
    public static TheoryData<string, string, string> SameStem => new()
    {
        // Sorani: the definite singular and plural of «school» and «book» (checked against Lucene's
        // SoraniStemmer, not assumed).
        { "ckb", "قوتابخانەکان", "قوتابخانەکە" },
        { "ckb", "کتێبەکان", "کتێب" },
        { "ckb", "کتێبەکە", "کتێب" },
        // Sorani typed on an Arabic keyboard: ي for ی, ك for ک.
        { "ckb", "کتێبەکان", "كتێبەكان" },
        { "en", "reopening", "reopens" },
        { "en", "bridge's", "bridges" },
        { "en", "Repairs", "repaired" },
        { "kmr", "Qamişlo", "qamislo" },
        { "kmr", "ŞEHÎD", "sehid" },
        { "kmr", "Çiya", "ciya" },
        // ê typed decomposed (e + U+0302 combining circumflex).
        { "kmr", "Bajarê", "Bajare\u0302" },
    };

    [Theory]
    [MemberData(nameof(SameStem))]
    public void A_written_form_and_a_typed_form_have_the_same_stem(string edition, string written, string typed)
    {
        var language = SearchLanguage.For(edition);

        var stems = language.Stems(written);

        Assert.Single(stems);
        Assert.Equal(stems, language.Stems(typed));
    }

    [Theory]
    [InlineData("en", "the")]
    [InlineData("en", "of")]
    [InlineData("ckb", "لە")]
    [InlineData("ckb", "و")]
    [InlineData("kmr", "û")]
    [InlineData("kmr", "jî")]
    [InlineData("kmr", "ji")]
    [InlineData("kmr", "li")]
    [InlineData("kmr", "yên")]
    public void Function_words_are_not_searched_for(string edition, string word) =>
        Assert.Empty(SearchLanguage.For(edition).Stems(word));

    [Fact]
    public void Kurmanji_keeps_words_apart_that_differ_by_more_than_a_mark() =>
        Assert.NotEqual(SearchLanguage.Kurmanji.Stems("bajar"), SearchLanguage.Kurmanji.Stems("bajarê"));

    [Theory]
    [InlineData("title")]
    [InlineData("body")]
    [InlineData("body_exact")]
    [InlineData("tags")]
    public void Arabic_fields_get_the_tokens_SahifaAnalyzer_gives(string field)
    {
        const string text = "والتقى وزير الأوقاف بالمعلمين في الرقّة يوم 6 شباط 2026، وقال إنّ مستشفيات الحسكة تعمل.";
        using var sahifa = new SahifaAnalyzer();
        using var index = SearchLanguage.NewIndexAnalyzer();

        Assert.Equal(Tokens(sahifa, field, text), Tokens(index, field, text));
        Assert.Equal(sahifa.GetPositionIncrementGap(field), index.GetPositionIncrementGap(field));
    }

    [Fact]
    public void Other_editions_fields_are_stemmed_by_their_language_and_exact_ones_normalised()
    {
        using var index = SearchLanguage.NewIndexAnalyzer();

        Assert.Equal(["qamishli", "bridg", "reopen"], Terms(index, "en.title", "Qamishli bridge reopens"));
        Assert.Equal(["qamishli", "bridge", "reopens"], Terms(index, "en.title_exact", "Qamishli bridge reopens"));
        Assert.Equal(["pira", "qamislo"], Terms(index, "kmr.title", "Pira Qamişlo"));
        Assert.Equal(["قوتابخان"], Terms(index, "ckb.body", "قوتابخانەکان"));
    }

    private static List<string> Terms(Analyzer analyzer, string field, string text) =>
        Tokens(analyzer, field, text).Select(t => t[..t.IndexOf('/', StringComparison.Ordinal)]).ToList();

    // Each token as term/position increment/offsets.
    private static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}/{position.PositionIncrement}/{offset.StartOffset}-{offset.EndOffset}");
        }

        stream.End();
        return tokens;
    }
}
