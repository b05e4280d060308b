using Lucene.Net.Index;
using Lucene.Net.Search;
using Sahifa.Arabic;

namespace Sahifa.Web.Search;

/// <summary>
/// What a reader typed, read as words and quoted phrases and nothing else: no Lucene syntax, no
/// wildcards, no fuzzy operators (a leading * or a ~ would make every search a scan of the whole
/// term dictionary). Every word must match; each may match exactly or through its stem, and exact
/// matches score higher.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxWords = 16;

    private const float ExactBoost = 2f;

    // ASCII, guillemets and curly quotes; an unpaired quote is ignored and its words kept.
    private static readonly char[] Quotes = ['"', '«', '»', '“', '”', '„'];

    private SearchQuery(IReadOnlyList<SearchWord> words, IReadOnlyList<IReadOnlyList<SearchWord>> phrases, bool hadText)
    {
        Words = words;
        Phrases = phrases;
        HadText = hadText;
    }

    public IReadOnlyList<SearchWord> Words { get; }

    public IReadOnlyList<IReadOnlyList<SearchWord>> Phrases { get; }

    /// False for an empty or blank query; true with no words when every word was a stop word.
    public bool HadText { get; }

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        text ??= "";
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var words = new List<SearchWord>();
        var phrases = new List<IReadOnlyList<SearchWord>>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOfAny(Quotes, at);
            var close = open < 0 ? -1 : text.IndexOfAny(Quotes, open + 1);
            if (close < 0)
            {
                words.AddRange(SearchText.Words(text[at..]));
                break;
            }

            words.AddRange(SearchText.Words(text[at..open]));
            var phrase = SearchText.Words(text[(open + 1)..close]);
            if (phrase.Count == 1)
            {
                words.Add(phrase[0]);
            }
            else if (phrase.Count > 1)
            {
                phrases.Add(phrase);
            }

            at = close + 1;
        }

        var distinct = words.DistinctBy(w => w.Exact).Take(MaxWords).ToList();
        return new SearchQuery(distinct, phrases.Take(4).ToList(), !string.IsNullOrWhiteSpace(text));
    }

    /// The normalised forms and stems a word of an article must have to count as matched, for
    /// highlighting it.
    public Func<SearchWord, bool> Matcher()
    {
        var all = Words.Concat(Phrases.SelectMany(p => p)).ToList();
        var exact = all.Select(w => w.Exact).ToHashSet(StringComparer.Ordinal);
        var stems = all.SelectMany(w => SearchText.StemVariants(w.Exact)).ToHashSet(StringComparer.Ordinal);
        return word => exact.Contains(word.Exact) || SearchText.StemVariants(word.Exact).Any(stems.Contains);
    }

    public Query ToLucene()
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in Words)
        {
            query.Add(WordQuery(word), Occur.MUST);
        }

        foreach (var phrase in Phrases)
        {
            query.Add(PhraseQuery(phrase), Occur.MUST);
        }

        return query;
    }

    private static BooleanQuery WordQuery(SearchWord word)
    {
        var variants = SearchText.StemVariants(word.Exact);
        var anyField = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in SearchDocument.Searched)
        {
            anyField.Add(new TermQuery(new Term(field + SahifaAnalyzer.ExactSuffix, word.Exact)) { Boost = boost * ExactBoost }, Occur.SHOULD);
            var stems = new DisjunctionMaxQuery(0f) { Boost = boost };
            foreach (var stem in variants)
            {
                stems.Add(new TermQuery(new Term(field, stem)));
            }

            anyField.Add(stems, Occur.SHOULD);
        }

        return anyField;
    }

    private static BooleanQuery PhraseQuery(IReadOnlyList<SearchWord> phrase)
    {
        var anyField = new BooleanQuery(disableCoord: true);
        var first = phrase[0].Position;
        foreach (var (field, boost) in SearchDocument.Searched)
        {
            var exact = new PhraseQuery { Boost = boost * ExactBoost };
            var stemmed = new MultiPhraseQuery { Boost = boost };
            foreach (var word in phrase)
            {
                exact.Add(new Term(field + SahifaAnalyzer.ExactSuffix, word.Exact), word.Position - first);
                stemmed.Add(SearchText.StemVariants(word.Exact).Select(s => new Term(field, s)).ToArray(), word.Position - first);
            }

            anyField.Add(exact, Occur.SHOULD);
            anyField.Add(stemmed, Occur.SHOULD);
        }

        return anyField;
    }
}
