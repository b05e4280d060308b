using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sahifa.Arabic;

namespace Sahifa.Web.Search;

/// <summary>
/// One thing the reader asked for, matched if any of its forms is in a story: a word, a quoted
/// phrase, a date («6 شباط», whatever naming the story used) or a name the newsroom counts as one
/// with others (قسد = قوات سوريا الديمقراطية = SDF).
/// </summary>
/// <param name="Words">The reader's words it stands for, for highlighting and suggestions.</param>
/// <param name="Required">A quoted phrase: stories without it are not results.</param>
public sealed record SearchConcept(IReadOnlyList<SearchWord> Words, IReadOnlyList<SearchForm> Forms, bool Required);

/// <summary>A form of a concept: words (one, or several as a phrase), an index term for a date, or
/// the year a story was published. <paramref name="OtherNumber"/> marks a word's broken plural or
/// singular, which search offers but the reader did not type.</summary>
public sealed record SearchForm(IReadOnlyList<SearchWord> Words, string? Token = null, string? Year = null, float Boost = 1f, bool OtherNumber = false);

/// <summary>
/// What a reader typed, read as words and quoted phrases and nothing else: no Lucene syntax, no
/// wildcards, no fuzzy operators (a leading * or a ~ would make every search a scan of the whole
/// term dictionary). Readers type sentences, so words rank rather than filter: the stories with
/// most of the concepts come first (see <see cref="ConceptsQuery"/>), stop words are never asked
/// for, and only a quoted phrase is strict. Each word may match exactly or through its stem, and
/// exact matches score higher.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxWords = 16;

    private const float ExactBoost = 2f;

    // Another name for what the reader typed counts a little less than the name itself.
    private const float EquivalentBoost = 0.8f;

    // A year typed alone also matches stories published that year, below stories that name it.
    private const float PublishedYearBoost = 0.3f;

    // The other number of a word counts below the number the reader typed: «مدرسة» is about one
    // school before it is about schools.
    private const float OtherNumberBoost = 0.5f;

    // A word the index does not know is probably mistyped: the nearest known words, weakly.
    private const float NearWordBoost = 0.5f;

    private const float FormsTieBreaker = 0.1f;

    private static readonly string[] TogetherFields = [SearchDocument.Title, SearchDocument.Standfirst, SearchDocument.Body];

    // ASCII, guillemets and curly quotes; an unpaired quote is ignored and its words kept.
    private static readonly char[] Quotes = ['"', '«', '»', '“', '”', '„'];

    // Outside Arabic, each word's stems as the edition's analyzer reads the word as typed.
    private readonly Dictionary<SearchWord, IReadOnlyList<string>> _stems;

    private SearchQuery(IReadOnlyList<SearchConcept> concepts, bool hadText, SearchLanguage language, Dictionary<SearchWord, IReadOnlyList<string>> stems)
    {
        Concepts = concepts;
        HadText = hadText;
        Language = language;
        _stems = stems;
    }

    public IReadOnlyList<SearchConcept> Concepts { get; }

    /// The edition whose stories the query is matched against, and how its words are read.
    public SearchLanguage Language { get; }

    /// Every word the reader typed that search reads (stop words are not), in order.
    public IReadOnlyList<SearchWord> Words => Concepts.SelectMany(c => c.Words).ToList();

    /// False for an empty or blank query; true with no words when every word was a stop word.
    public bool HadText { get; }

    public bool IsEmpty => Concepts.Count == 0;

    public static SearchQuery Parse(string? text) => Parse(text, SearchEquivalents.None);

    public static SearchQuery Parse(string? text, SearchEquivalents equivalents) => Parse(text, equivalents, SearchLanguage.Arabic);

    /// <summary>
    /// The query for one edition. Outside Arabic only what is not Arabic's own applies: words and
    /// quoted phrases, a model typed apart or together (M4, M 4), a year; not the month names,
    /// broken plurals or the newsroom's equivalents, and a word the edition's analyzer drops
    /// (the, of; û, ji) is a stop word.
    /// </summary>
    public static SearchQuery Parse(string? text, SearchEquivalents equivalents, SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(equivalents);
        ArgumentNullException.ThrowIfNull(language);
        text ??= "";
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var concepts = new List<SearchConcept>();
        var stems = new Dictionary<SearchWord, IReadOnlyList<string>>();
        var phrases = 0;
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOfAny(Quotes, at);
            var close = open < 0 ? -1 : text.IndexOfAny(Quotes, open + 1);
            if (close < 0)
            {
                concepts.AddRange(Unquoted(text, at, text.Length, equivalents, language, stems));
                break;
            }

            concepts.AddRange(Unquoted(text, at, open, equivalents, language, stems));
            var phrase = WordsOf(text, open + 1, close, language, stems);
            if (phrase.Count == 1)
            {
                if (WordConcept(phrase[0], language, stems) is { } word)
                {
                    concepts.Add(word);
                }
            }
            else if (phrase.Count > 1 && phrases++ < 4)
            {
                concepts.Add(new SearchConcept(phrase, [new SearchForm(phrase)], Required: true));
            }

            at = close + 1;
        }

        var distinct = concepts
            .DistinctBy(c => string.Join(' ', c.Words.Select(w => w.Exact)))
            .Take(MaxWords)
            .ToList();
        return new SearchQuery(distinct, !string.IsNullOrWhiteSpace(text), language, stems);
    }

    // The words of text[start..end], with their starts in the whole text; outside Arabic, each
    // word's stems are recorded as it was typed.
    private static List<SearchWord> WordsOf(string text, int start, int end, SearchLanguage language, Dictionary<SearchWord, IReadOnlyList<string>> stems)
    {
        var words = SearchText.Words(text[start..end]).Select(w => w with { Start = w.Start + start }).ToList();
        if (!language.IsArabic)
        {
            foreach (var word in words)
            {
                stems[word] = language.Stems(text.Substring(word.Start, word.Length));
            }
        }

        return words;
    }

    private static IEnumerable<SearchConcept> Unquoted(string text, int start, int end, SearchEquivalents equivalents, SearchLanguage language, Dictionary<SearchWord, IReadOnlyList<string>> stems)
    {
        var segment = text[start..end];
        var words = WordsOf(text, start, end, language, stems);
        var local = SearchText.Words(segment);
        var dates = language.IsArabic ? SearchDates.Find(segment, local).ToDictionary(d => d.First) : [];
        var names = language.IsArabic ? equivalents.Find(words).ToDictionary(n => n.First) : [];
        for (var i = 0; i < words.Count; i++)
        {
            if (dates.TryGetValue(i, out var date))
            {
                var typed = words.Skip(date.First).Take(date.Last - date.First + 1).ToList();
                // A month alone also matches as written, for the stories whose naming is ambiguous
                // (آب, مارس) and was not read as a month.
                IReadOnlyList<SearchForm> forms = date.Day is null
                    ? [new SearchForm(typed, Token: date.Token), .. typed.Select(w => new SearchForm([w], Boost: EquivalentBoost))]
                    : [new SearchForm(typed, Token: date.Token)];
                yield return new SearchConcept(typed, forms, Required: false);
                i = date.Last;
            }
            else if (names.TryGetValue(i, out var name))
            {
                var typed = words.Skip(name.First).Take(name.Last - name.First + 1).ToList();
                var typedText = string.Join(' ', typed.Select(w => w.Exact));
                var forms = name.Names
                    .Select(n => SearchText.Words(n))
                    .Where(n => n.Count > 0)
                    .Select(n => new SearchForm(n, Boost: string.Join(' ', n.Select(w => w.Exact)) == typedText ? 1f : EquivalentBoost))
                    .ToList();
                if (!forms.Any(f => f.Boost == 1f))
                {
                    forms.Insert(0, new SearchForm(typed));
                }

                yield return new SearchConcept(typed, forms, Required: false);
                i = name.Last;
            }
            else if (i + 1 < words.Count && IsModelLetters(words[i].Exact) && IsDigits(words[i + 1].Exact) && words[i + 1].Exact.Length <= 3
                && words[i + 1].Position == words[i].Position + 1)
            {
                // A model or road typed apart («S 24», «M 4») also matches it written together.
                var pair = words.Skip(i).Take(2).ToList();
                var joined = new SearchWord(pair[0].Start, pair[1].Start + pair[1].Length - pair[0].Start, pair[0].Position, pair[0].Exact + pair[1].Exact);
                yield return new SearchConcept(pair, [new SearchForm(pair), new SearchForm([joined], Boost: EquivalentBoost)], Required: false);
                i++;
            }
            else if (WordConcept(words[i], language, stems) is { } concept)
            {
                yield return concept;
            }
        }
    }

    // Null for a stop word of the edition's language.
    private static SearchConcept? WordConcept(SearchWord word, SearchLanguage language, Dictionary<SearchWord, IReadOnlyList<string>> stems)
    {
        if (!language.IsArabic && stems[word].Count == 0)
        {
            return null;
        }

        var forms = new List<SearchForm> { new([word]) };
        // أسواق for سوق and سوق for أسواق: a plural of another pattern is the same word to a reader.
        foreach (var other in language.IsArabic ? BrokenPlurals.Counterparts(word.Exact) : [])
        {
            forms.Add(new SearchForm([word with { Exact = other }], Boost: OtherNumberBoost, OtherNumber: true));
        }

        if (SplitLettersAndDigits(word) is { } split)
        {
            forms.Add(new SearchForm(split, Boost: EquivalentBoost));
        }

        if (word.Exact.Length == 4 && int.TryParse(word.Exact, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            forms.Add(new SearchForm([word], Year: word.Exact, Boost: PublishedYearBoost));
        }

        return new SearchConcept([word], forms, Required: false);
    }

    // m4 → m 4, كوفيد19 → كوفيد 19: the same name typed with a space.
    private static List<SearchWord>? SplitLettersAndDigits(SearchWord word)
    {
        var exact = word.Exact;
        var digits = exact.Length;
        while (digits > 0 && char.IsAsciiDigit(exact[digits - 1]))
        {
            digits--;
        }

        if (digits == 0 || digits == exact.Length || !IsLetters(exact[..digits]))
        {
            return null;
        }

        return [word with { Exact = exact[..digits] }, word with { Exact = exact[digits..], Position = word.Position + 1 }];
    }

    private static bool IsLetters(string word) => word.Length > 0 && word.All(char.IsLetter);

    // The letters of a model name: one to four Latin letters (S, M, GT), or a single Arabic one (م).
    private static bool IsModelLetters(string word) =>
        (word.Length <= 4 && word.All(char.IsAsciiLetterLower)) || (word.Length == 1 && char.IsLetter(word[0]));

    private static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    /// For highlighting: given the text a snippet is cut from, whether a word of it counts as
    /// matched. Outside Arabic a word's stems are read from it as written, hence the text.
    public Func<string, Func<SearchWord, bool>> Matchers()
    {
        if (Language.IsArabic)
        {
            var matcher = Matcher();
            return _ => matcher;
        }

        var all = Concepts.SelectMany(c => c.Words.Concat(c.Forms.Where(f => f.Token is null).SelectMany(f => f.Words))).ToList();
        var exact = all.Select(w => w.Exact).ToHashSet(StringComparer.Ordinal);
        var stems = all.SelectMany(Variants).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        return text => word =>
        {
            if (exact.Contains(word.Exact))
            {
                return true;
            }

            var written = text.Substring(word.Start, word.Length);
            if (!seen.TryGetValue(written, out var matched))
            {
                seen[written] = matched = Language.Stems(written).Any(stems.Contains);
            }

            return matched;
        };
    }

    /// The normalised forms and stems a word of an Arabic article must have to count as matched,
    /// for highlighting it.
    public Func<SearchWord, bool> Matcher()
    {
        var all = Concepts.SelectMany(c => c.Words.Concat(c.Forms.Where(f => f.Token is null).SelectMany(f => f.Words))).ToList();
        var exact = all.Select(w => w.Exact).ToHashSet(StringComparer.Ordinal);
        var stems = all.SelectMany(w => SearchText.StemVariants(w.Exact)).ToHashSet(StringComparer.Ordinal);
        // A snippet asks about every word of ten bodies, and news copy repeats its words: each is
        // stemmed once per search. One search runs on one thread.
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        return word =>
        {
            if (exact.Contains(word.Exact))
            {
                return true;
            }

            if (!seen.TryGetValue(word.Exact, out var matched))
            {
                seen[word.Exact] = matched = SearchText.StemVariants(word.Exact).Any(stems.Contains);
            }

            return matched;
        };
    }

    /// <summary>
    /// The queries to run in turn, each with how many stories it must find to be the answer; the
    /// last always is. Stories with every concept outrank those with most, which outrank those
    /// with any, so while a stricter query fills the pages the looser ones would add nothing a
    /// reader reaches: they run only when it does not. A common word beside a rare one is then a
    /// leapfrog over the rare word's stories, not a pass over half the index, and a sentence whose
    /// words few stories share still lists the stories that have some of them.
    /// </summary>
    public IEnumerable<(Query Query, int Enough)> Passes(IndexReader reader, int pageSize)
    {
        // The concepts are looked up in the index once; each pass only asks for a different share.
        var (queries, known) = ConceptQueries(reader);
        var together = Together();
        if (Concepts.Count > 1)
        {
            yield return (Combine(queries, known, Share.Every, together), 2 * pageSize);
        }

        // With two concepts the index knows or fewer, "most" is "any": one search, not two.
        if (Minimum(known, Share.Most) > 1)
        {
            yield return (Combine(queries, known, Share.Most, together), pageSize);
        }

        yield return (Combine(queries, known, Share.Any, together), 0);
    }

    /// How many of the concepts a story needs.
    public enum Share
    {
        /// Every one.
        Every,

        /// Of up to two the index knows, either; from three, at least half.
        Most,

        /// Any one.
        Any,
    }

    /// The query for the index; with <paramref name="reader"/>, words the index does not know
    /// also match the nearest words it does, and the share of concepts a story needs is counted
    /// over those the index knows, so a mistyped word does not empty the results.
    public Query ToLucene(IndexReader? reader = null, Share share = Share.Most)
    {
        var (queries, known) = ConceptQueries(reader);
        return Combine(queries, known, share, Together());
    }

    private static int Minimum(int known, Share share) => share == Share.Most && known > 2 ? (known + 1) / 2 : 1;

    private ConceptsQuery Combine(List<Query> queries, int known, Share share, Together? together) =>
        new(queries, Concepts.Select(c => c.Required || share == Share.Every).ToList(), Minimum(known, share), together);

    // Each concept's query, and how many of the concepts the index knows.
    private (List<Query> Queries, int Known) ConceptQueries(IndexReader? reader)
    {
        var queries = new List<Query>(Concepts.Count);
        var known = 0;
        foreach (var concept in Concepts)
        {
            // The best form counts, and the others barely: a story that says both مدارس and مدرسة
            // is not twice about schools.
            var query = new DisjunctionMaxQuery(FormsTieBreaker);
            foreach (var form in concept.Forms)
            {
                query.Add(FormQuery(form));
            }

            // A word the index does not know (a typo, a name in Latin letters no story uses) is
            // matched through its near words when it has any, but never counted in the share of
            // words a story needs: it cannot make the words the index does know insufficient.
            if (reader is null || Known(reader, concept))
            {
                known++;
            }
            else if (concept.Words.Count == 1 && !concept.Required)
            {
                AddNearWords(query, concept.Words[0]);
            }

            queries.Add(query);
        }

        return (queries, known);
    }

    // A word's terms in the stemmed fields: Arabic's readings of it, or the edition's stems.
    private IReadOnlyList<string> Variants(SearchWord word) =>
        Language.IsArabic ? SearchText.StemVariants(word.Exact)
        : _stems.TryGetValue(word, out var stems) ? stems : Language.Stems(word.Exact);

    private Query FormQuery(SearchForm form)
    {
        Query query;
        if (form.Token is { } token)
        {
            var fields = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in SearchDocument.Searched.Where(s => TogetherFields.Contains(s.Field)))
            {
                fields.Add(new TermQuery(new Term(Language.Field(field), token)) { Boost = boost * ExactBoost }, Occur.SHOULD);
            }

            query = fields;
        }
        else if (form.Year is { } year)
        {
            query = new TermQuery(new Term(Language.Field(SearchDocument.Year), year));
        }
        else
        {
            query = form.Words.Count == 1 ? WordQuery(form.Words[0]) : PhraseQuery(form.Words);
        }

        query.Boost *= form.Boost;
        return query;
    }

    private bool Known(IndexReader reader, SearchConcept concept) =>
        concept.Forms.Any(f => f.Token is not null || f.Year is not null
            ? reader.DocFreq(new Term(Language.Field(f.Token is null ? SearchDocument.Year : SearchDocument.Body), f.Token ?? f.Year)) > 0
              || (f.Token is not null && reader.DocFreq(new Term(Language.Field(SearchDocument.Title), f.Token)) > 0)
            : f.Words.All(w => Variants(w).Any(s =>
                reader.DocFreq(new Term(Language.Field(SearchDocument.Body), s)) > 0 || reader.DocFreq(new Term(Language.Field(SearchDocument.Title), s)) > 0)));

    private void AddNearWords(DisjunctionMaxQuery query, SearchWord word)
    {
        if (!Language.IsArabic)
        {
            // Arabic's stems are made for this; the other stemmers do not stem a misspelling the
            // way they stem the word, so the words as written are compared instead.
            if (word.Exact.Length >= 4)
            {
                foreach (var (field, boost) in SearchDocument.Searched.Where(s => s.Field is SearchDocument.Title or SearchDocument.Body))
                {
                    query.Add(new FuzzyQuery(new Term(Language.Field(field) + SahifaAnalyzer.ExactSuffix, word.Exact), word.Exact.Length >= 7 ? 2 : 1, prefixLength: 1, maxExpansions: 8, transpositions: true) { Boost = boost * NearWordBoost });
                }
            }

            return;
        }

        var stem = SearchText.Stem(word.Exact);
        if (stem.Length < 4)
        {
            // One edit from a three-letter stem is a dozen other roots (قمخ: قمح، قمر، قمع), but
            // the word as typed with its article or clitics («القمخ») narrows them to words the
            // stories wrote that way.
            if (word.Exact.Length >= 5)
            {
                foreach (var (field, boost) in SearchDocument.Searched.Where(s => s.Field is SearchDocument.Title or SearchDocument.Body))
                {
                    query.Add(new FuzzyQuery(new Term(field + SahifaAnalyzer.ExactSuffix, word.Exact), 1, prefixLength: 2, maxExpansions: 8, transpositions: true) { Boost = boost * NearWordBoost });
                }
            }

            return;
        }

        foreach (var (field, boost) in SearchDocument.Searched.Where(s => s.Field is SearchDocument.Title or SearchDocument.Body))
        {
            query.Add(new FuzzyQuery(new Term(field, stem), stem.Length >= 7 ? 2 : 1, prefixLength: 1, maxExpansions: 8, transpositions: true) { Boost = boost * NearWordBoost });
        }
    }

    // All the concepts near one another in the headline, standfirst or body: the first tier.
    private Together? Together()
    {
        if (Concepts.Count < 2)
        {
            return null;
        }

        var fields = SearchDocument.Searched
            .Where(s => TogetherFields.Contains(s.Field))
            .Select(s => (Language.Field(s.Field), s.Boost, Concepts.Select(c => TermsAt(Language.Field(s.Field), c)).ToArray()))
            .ToList();
        return new Together(fields);
    }

    // The terms that put a concept at a position in a stemmed field: each form's first word in all
    // its readings, or the form's date term. The other number of a word is left out: the first
    // tier is for what the reader typed, and مدارس beside a name is weaker than مدرسة a word away.
    private Term[] TermsAt(string field, SearchConcept concept) =>
        concept.Forms
            .Where(f => f.Year is null && !f.OtherNumber)
            .SelectMany(f => f.Token is { } token ? [token] : Variants(f.Words[0]))
            .Distinct(StringComparer.Ordinal)
            .Select(text => new Term(field, text))
            .ToArray();

    private BooleanQuery WordQuery(SearchWord word)
    {
        var variants = Variants(word);
        var anyField = new BooleanQuery(disableCoord: true);
        foreach (var (name, boost) in SearchDocument.Searched)
        {
            var field = Language.Field(name);
            anyField.Add(new TermQuery(new Term(field + SahifaAnalyzer.ExactSuffix, word.Exact)) { Boost = boost * ExactBoost }, Occur.SHOULD);
            // Outside Arabic a part of a split word may be a stop word (the «a» of «a4»), with no stem.
            if (variants.Count == 0)
            {
                continue;
            }

            var stems = new DisjunctionMaxQuery(0f) { Boost = boost };
            foreach (var stem in variants)
            {
                stems.Add(new TermQuery(new Term(field, stem)));
            }

            anyField.Add(stems, Occur.SHOULD);
        }

        return anyField;
    }

    private BooleanQuery PhraseQuery(IReadOnlyList<SearchWord> phrase)
    {
        var anyField = new BooleanQuery(disableCoord: true);
        var first = phrase[0].Position;
        foreach (var (name, boost) in SearchDocument.Searched)
        {
            var field = Language.Field(name);
            var exact = new PhraseQuery { Boost = boost * ExactBoost };
            var stemmed = new MultiPhraseQuery { Boost = boost };
            foreach (var word in phrase)
            {
                exact.Add(new Term(field + SahifaAnalyzer.ExactSuffix, word.Exact), word.Position - first);
                // A stop word the edition's analyzer left out of the stemmed field leaves its place
                // empty there, as it does in the index («bridge of sighs» is bridg, _, sigh).
                var variants = Variants(word);
                if (variants.Count > 0)
                {
                    stemmed.Add(variants.Select(s => new Term(field, s)).ToArray(), word.Position - first);
                }
            }

            anyField.Add(exact, Occur.SHOULD);
            if (stemmed.GetTermArrays().Count > 0)
            {
                anyField.Add(stemmed, Occur.SHOULD);
            }
        }

        return anyField;
    }
}
