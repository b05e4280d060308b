using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Sahifa.Web.Search;

/// <summary>
/// Kurmanji (Latin script) for the Kurmanji edition's index and queries: Unicode words, lower
/// case, the five letters with a mark folded to the plain letter, and a short stop list. Lucene
/// has no Kurmanji analyzer and no stemmer is attempted: the ezafe and oblique endings
/// (Qamişloyê, bajarên) are left to a later change.
/// </summary>
/// <remarks>
/// Readers on phones and Turkish or English keyboards often type Qamislo, seher and cawa for
/// Qamişlo, şeher and çawa; stories are written with the marks. Folding ê î û ç ş (and the
/// combining circumflex and cedilla, for text typed decomposed) meets them in the middle.
/// </remarks>
public sealed class KurmanjiAnalyzer : Analyzer
{
    // The newsroom's own list: the conjunctions, prepositions and postpositions, ezafe particles
    // and demonstratives that fill Kurmanji news copy; Lucene ships none for Kurmanji. Written as
    // the copy spells them and folded when the set is built, so «jî» and «ji» are both stop words.
    private static readonly string[] StopWords =
    [
        "û", "an", "jî", "ji", "li", "di", "bi", "de", "da", "re", "ve", "ser", "bo", "ku", "ko",
        "ev", "ew", "vê", "wê", "van", "wan", "ya", "yê", "yên", "a", "ê", "e", "ên", "ne", "na",
        "her", "ta", "heta", "jê", "lê", "pê", "tê", "bê", "wek", "weke",
    ];

    private static readonly CharArraySet Stops =
        new CharArraySet(SearchIndex.Version, StopWords.Select(Fold).ToList(), ignoreCase: false).AsReadOnly();

    /// The word as the index keeps it, for the stop list and tests: lower case, marks folded.
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var buffer = word.ToLowerInvariant().ToCharArray();
        return new string(buffer, 0, FoldingFilter.Fold(buffer, buffer.Length));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchIndex.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchIndex.Version, tokenizer);
        stream = new FoldingFilter(stream);
        stream = new StopFilter(SearchIndex.Version, stream, Stops);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private sealed class FoldingFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;

        public FoldingFilter(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            _term.SetLength(Fold(_term.Buffer, _term.Length));
            return true;
        }

        // In place; the new length, shorter when a combining mark was dropped.
        public static int Fold(char[] buffer, int length)
        {
            var kept = 0;
            for (var i = 0; i < length; i++)
            {
                var c = buffer[i] switch
                {
                    'ê' => 'e',
                    'î' => 'i',
                    'û' => 'u',
                    'ç' => 'c',
                    'ş' => 's',
                    // U+0302 combining circumflex (ê î û typed decomposed), U+0327 combining cedilla (ç ş).
                    '\u0302' or '\u0327' => '\0',
                    var other => other,
                };
                if (c != '\0')
                {
                    buffer[kept++] = c;
                }
            }

            return kept;
        }
    }
}
