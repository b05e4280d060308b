using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ckb;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Sahifa.Arabic;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Search;

/// <summary>
/// How one edition's stories go into the index and its readers' words into a query. Arabic is
/// Sahifa's own chain (<see cref="SahifaAnalyzer"/>) in the index's original fields, exactly as
/// before editions. Every other edition has fields of its own, named with its code (`en.title`),
/// stemmed by an analyzer for its language.
/// </summary>
/// <remarks>
/// Fields of their own rather than the same fields with a filter: a query built for one edition
/// cannot match another edition's stories at all, a search costs no filter pass, and English
/// bodies do not change the field lengths and term counts that Arabic relevance is weighed by.
/// Each edition's `*_exact` fields hold the words as <see cref="SearchText"/> normalises them
/// (lower case and no accents; in Arabic script, the letters an Arabic keyboard gives) in every
/// language: the query's words are read by the same rules, so an exact spelling still ranks above
/// a stem, and "did you mean" compares the words as written.
/// </remarks>
public sealed class SearchLanguage
{
    public static readonly SearchLanguage Arabic = new(Edition.Arabic, stemmer: null);

    /// Lucene's Sorani chain: the Arabic-keyboard letters as Sorani writes them (ي ك ه as ی ک ە),
    /// its stop list, and a light stemmer of the definite and plural endings, so کتێبەکان (the
    /// books) and کتێبەکە (the book) both meet کتێب.
    public static readonly SearchLanguage Sorani = new(Edition.Sorani, new SoraniAnalyzer(SearchIndex.Version));

    public static readonly SearchLanguage Kurmanji = new(Edition.Kurmanji, new KurmanjiAnalyzer());

    /// Lucene's English chain: the possessive 's dropped, lower case, its stop list and the Porter
    /// stemmer (reopens, reopening and reopened are all reopen).
    public static readonly SearchLanguage English = new(Edition.English, new EnglishAnalyzer(SearchIndex.Version));

    private static readonly SearchLanguage[] Others = [Sorani, Kurmanji, English];

    private readonly string _prefix;
    private readonly Analyzer? _stemmer;

    private SearchLanguage(string code, Analyzer? stemmer)
    {
        Code = code;
        _stemmer = stemmer;
        _prefix = stemmer is null ? "" : code + ".";
    }

    public string Code { get; }

    /// Arabic keeps Sahifa's own machinery: clitic variants, broken plurals, dates, the
    /// newsroom's equivalent names. The others have their analyzer's stems and nothing more.
    public bool IsArabic => _stemmer is null;

    /// An edition's language; one Sahifa has no analysis for is read as Arabic.
    public static SearchLanguage For(string? edition) => Others.FirstOrDefault(l => l.Code == edition) ?? Arabic;

    /// The name in the index of one of <see cref="SearchDocument"/>'s fields for this edition.
    public string Field(string name) => _prefix + name;

    /// A word's terms in this edition's stemmed fields, as the index has them: usually one, none
    /// for a stop word. Read from the word as written, since Sorani's normaliser needs the letters
    /// that <see cref="SearchText.Normalize"/> folds (ۆ, ێ, ڵ, گ).
    public IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_stemmer is null)
        {
            var normalized = SearchText.Normalize(word);
            return normalized.Length == 0 ? [] : SearchText.StemVariants(normalized);
        }

        var stems = new List<string>(1);
        using var stream = _stemmer.GetTokenStream(Field(SearchDocument.Body), word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }

        stream.End();
        return stems;
    }

    /// The index writer's analyzer: each field analysed by the chain of the edition its name says.
    public static Analyzer NewIndexAnalyzer() => new EditionsAnalyzer();

    private sealed class EditionsAnalyzer : AnalyzerWrapper
    {
        private readonly SahifaAnalyzer _sahifa = new();

        public EditionsAnalyzer()
            : base(PER_FIELD_REUSE_STRATEGY)
        {
        }

        // Tags and bylines have several values; a phrase must not run from one into the next, in
        // any language (SahifaAnalyzer says the same for Arabic).
        public override int GetPositionIncrementGap(string fieldName) => 100;

        protected override Analyzer GetWrappedAnalyzer(string fieldName)
        {
            if (fieldName.EndsWith(SahifaAnalyzer.ExactSuffix, StringComparison.Ordinal))
            {
                return _sahifa;
            }

            foreach (var language in Others)
            {
                if (fieldName.StartsWith(language._prefix, StringComparison.Ordinal))
                {
                    return language._stemmer!;
                }
            }

            return _sahifa;
        }
    }
}
