namespace Sahifa.Arabic.Tests;

public class SearchSnippetTests
{
    private static Func<SearchWord, bool> Matching(params string[] query)
    {
        var stems = query.Select(q => SearchText.Stem(SearchText.Normalize(q))).ToHashSet();
        return w => SearchText.StemVariants(w.Exact).Any(stems.Contains);
    }

    [Fact]
    public void Matched_words_are_shown_as_written_even_when_they_matched_through_normalisation()
    {
        var snippet = SearchSnippet.Build("التقى الرئيس بشار الأسد وفدًا من الرقّة.", Matching("الاسد", "رقه"));

        Assert.Equal(["الأسد", "الرقّة"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal("التقى الرئيس بشار الأسد وفدًا من الرقّة.", string.Concat(snippet.Parts.Select(p => p.Text)));
        Assert.False(snippet.CutBefore);
        Assert.False(snippet.CutAfter);
    }

    [Fact]
    public void Long_text_is_cut_at_word_boundaries_around_the_densest_matches()
    {
        var filler = string.Join(" ", Enumerable.Repeat("كلام عام لا صلة له", 40));
        var text = filler + " وصلت القافلة إلى الحسكة صباحا ثم غادرت الحسكة مساء " + filler;

        var snippet = SearchSnippet.Build(text, Matching("الحسكة"), maxLength: 120);

        var shown = string.Concat(snippet.Parts.Select(p => p.Text));
        Assert.True(shown.Length <= 120, shown);
        Assert.Equal(2, snippet.Parts.Count(p => p.IsMatch));
        Assert.True(snippet.CutBefore);
        Assert.True(snippet.CutAfter);
        Assert.False(shown.StartsWith(' '));
        Assert.Contains(shown.Split(' ')[0], filler.Split(' '));
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_opening_of_the_text()
    {
        var snippet = SearchSnippet.Build("افتتح مجلس المدينة السوق الجديد صباح اليوم.", Matching("دمشق"));

        Assert.DoesNotContain(snippet.Parts, p => p.IsMatch);
        Assert.StartsWith("افتتح مجلس", snippet.Parts[0].Text);
    }
}
