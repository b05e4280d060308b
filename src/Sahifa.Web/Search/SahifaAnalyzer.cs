using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Sahifa.Arabic;

namespace Sahifa.Web.Search;

/// <summary>
/// Lucene's view of Sahifa.Arabic's analysis chain, and nothing more: the rules live in
/// <see cref="SearchText"/>. Fields named `*_exact` get the normalised words; every other field
/// gets their light stems, with the alternative readings of a leading و/ف/ب at the same position,
/// and a date's term (<see cref="SearchDates"/>) at its first word.
/// </summary>
public sealed class SahifaAnalyzer : Analyzer
{
    public const string ExactSuffix = "_exact";

    // Lucene reuses one token stream for every field by default; ours differ by field.
    public SahifaAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    // Tags and bylines have several values; a phrase must not run from one into the next.
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new WordsTokenizer(reader, stemmed: !fieldName.EndsWith(ExactSuffix, StringComparison.Ordinal)));

    private sealed class WordsTokenizer : Tokenizer
    {
        // Every text field is indexed twice, stemmed and exact, one after the other on the same
        // thread: the second reads the words the first split instead of splitting them again.
        [ThreadStatic]
        private static string? _lastText;

        [ThreadStatic]
        private static List<SearchWord>? _lastWords;

        private readonly bool _stemmed;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private List<SearchWord> _words = [];
        private Dictionary<int, string> _dates = [];
        private int _next;
        private int _lastPosition;
        private IReadOnlyList<string> _variants = [];
        private int _nextVariant;
        private int _end;

        public WordsTokenizer(TextReader reader, bool stemmed)
            : base(reader)
        {
            _stemmed = stemmed;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_nextVariant < _variants.Count)
            {
                // Another reading of the word just emitted: same place, same offsets.
                var word = _words[_next - 1];
                _term.SetEmpty().Append(_variants[_nextVariant++]);
                _offset.SetOffset(CorrectOffset(word.Start), CorrectOffset(word.Start + word.Length));
                _increment.PositionIncrement = 0;
                return true;
            }

            if (_next >= _words.Count)
            {
                return false;
            }

            var current = _words[_next++];
            _variants = _stemmed ? SearchText.StemVariants(current.Exact) : [];
            if (_stemmed && _dates.TryGetValue(_next - 1, out var date))
            {
                _variants = [.. _variants, date];
            }

            _nextVariant = _stemmed ? 1 : 0;
            _term.SetEmpty().Append(_stemmed ? _variants[0] : current.Exact);
            _offset.SetOffset(CorrectOffset(current.Start), CorrectOffset(current.Start + current.Length));
            _increment.PositionIncrement = current.Position - _lastPosition;
            _lastPosition = current.Position;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            // The chain works on whole strings: a field is one headline or one article body.
            var text = m_input.ReadToEnd();
            if (_lastWords is null || !string.Equals(text, _lastText, StringComparison.Ordinal))
            {
                (_lastText, _lastWords) = (text, SearchText.Words(text));
            }

            _words = _lastWords;
            _dates = _stemmed && _words.Count > 0
                ? SearchDates.Find(text, _words).ToDictionary(d => d.First, d => d.Token)
                : [];
            _end = text.Length;
            _next = 0;
            _lastPosition = -1;
            _variants = [];
            _nextVariant = 0;
        }

        public override void End()
        {
            base.End();
            var end = CorrectOffset(_end);
            _offset.SetOffset(end, end);
        }
    }
}
