using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Sahifa.Arabic;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Search;

public enum SearchSort
{
    Relevance,
    Date,
}

/// A search as a reader asks it: the words, the page, the filters picked from the facets, and
/// the edition whose stories it looks through (one only, read by its language's rules).
public sealed record SearchRequest(
    string Text,
    int Page = 1,
    string? Section = null,
    string? Tag = null,
    string? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchSort Sort = SearchSort.Relevance,
    string Edition = Editions.Edition.Arabic);

public sealed record SearchHit(
    int Id,
    string Slug,
    string Headline,
    string SectionName,
    string SectionSlug,
    TypeOfWork TypeOfWork,
    DateTime PublishedAt,
    SearchSnippet Snippet)
{
    public string Url => ArticleUrls.Article(Id, Slug);
}

/// A facet value: what the link filters by, what it says, and how many results it keeps.
public sealed record FacetValue(string Value, string Label, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Sections,
    IReadOnlyList<FacetValue> Tags,
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Periods);

public sealed record SearchResults(
    SearchQuery Query,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    SearchFacets Facets,
    string? DidYouMean)
{
    public const int PageSize = 10;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// Runs a reader's search against this node's index, with the newsroom's equivalents (tools
/// without a database, such as the benchmark, search with the region's default list).
public sealed class SearchArticles(SearchIndex index, TimeProvider clock, NewsroomEquivalents? equivalents = null)
{
    /// Deep pages are rarely read and cost a collector slot per result; stop at 100.
    public const int MaxPage = 100;

    private const int TagFacetSize = 12;

    // "A modest recency boost": today's story scores up to half as much again as a very old one
    // with the same words, a month-old story a quarter, so wording still wins over age.
    private const float RecencyWeight = 0.5f;
    private static readonly double RecencyHalfLifeDays = 30;

    public static readonly IReadOnlyList<(string Code, string Label, TimeSpan Age)> Periods =
    [
        ("day", "آخر 24 ساعة", TimeSpan.FromDays(1)),
        ("week", "آخر أسبوع", TimeSpan.FromDays(7)),
        ("month", "آخر شهر", TimeSpan.FromDays(31)),
        ("year", "آخر سنة", TimeSpan.FromDays(366)),
    ];

    public SearchResults Run(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = SearchLanguage.For(request.Edition);
        var query = SearchQuery.Parse(request.Text, equivalents?.Current ?? SearchEquivalents.Region, language);
        var empty = new SearchFacets([], [], [], []);
        if (query.IsEmpty)
        {
            return new SearchResults(query, [], 0, request.Page, empty, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return index.Search(searcher =>
        {
            var needed = request.Page * SearchResults.PageSize;
            var filter = Filter(request);
            HitCollector collector = null!;
            foreach (var (lucene, enough) in query.Passes(searcher.IndexReader, SearchResults.PageSize))
            {
                // The choice depends on the query and its filters, not on the page asked for, so
                // every page of the results agrees on the total.
                collector = new HitCollector(needed, request.Sort, now);
                searcher.Search(Restricted(lucene, now), filter, collector);
                if (collector.Total >= enough)
                {
                    break;
                }
            }

            var matchers = query.Matchers();
            var hits = collector.Top()
                .Skip((request.Page - 1) * SearchResults.PageSize)
                .Select(doc => ToHit(searcher.Doc(doc), language, matchers))
                .ToList();
            // Also when there are results: a misspelt word is matched through near words, and the
            // reader should see which spelling the index knows.
            var didYouMean = AsWritten(Suggest(searcher.IndexReader, query, request.Text), hits);
            return new SearchResults(query, hits, collector.Total, request.Page, collector.Facets(now), didYouMean);
        });
    }

    // Articles dated in the future are in the index but not yet public. Excluding that small range
    // costs next to nothing; filtering on "dated up to now" would gather every document per search.
    private static BooleanQuery Restricted(Query query, DateTime now) => new(disableCoord: true)
    {
        { query, Occur.MUST },
        { NumericRangeQuery.NewInt64Range(SearchDocument.Published, now.Ticks, null, false, true), Occur.MUST_NOT },
    };

    // The reader's own narrowing (section, tag, type, dates); null when there is none.
    private static QueryWrapperFilter? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (request.Section is { Length: > 0 } section)
        {
            filter.Add(new TermQuery(new Term(SearchDocument.SectionSlug, section)), Occur.MUST);
        }

        if (request.Tag is { Length: > 0 } tag)
        {
            filter.Add(new TermQuery(new Term(SearchDocument.TagSlug, tag)), Occur.MUST);
        }

        if (request.Type is { Length: > 0 } type)
        {
            filter.Add(new TermQuery(new Term(SearchDocument.Type, type)), Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            // Dates are the reader's days in UTC; a whole "to" day is included.
            long? from = request.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;
            long? to = request.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;
            filter.Add(NumericRangeQuery.NewInt64Range(SearchDocument.Published, from, to, true, false), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static SearchHit ToHit(Lucene.Net.Documents.Document doc, SearchLanguage language, Func<string, Func<SearchWord, bool>> matchers)
    {
        var body = doc.Get(language.Field(SearchDocument.Body), CultureInfo.InvariantCulture) ?? "";
        var standfirst = doc.Get(language.Field(SearchDocument.Standfirst), CultureInfo.InvariantCulture) ?? "";
        var snippet = SearchSnippet.Build(body, matchers(body));
        if (!snippet.Parts.Any(p => p.IsMatch) && standfirst.Length > 0)
        {
            snippet = SearchSnippet.Build(standfirst, matchers(standfirst));
        }

        var type = ArticleLabels.TryParse(doc.Get(SearchDocument.Type, CultureInfo.InvariantCulture), out TypeOfWork parsed) ? parsed : TypeOfWork.News;
        return new SearchHit(
            int.Parse(doc.Get(SearchDocument.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            doc.Get(SearchDocument.Slug, CultureInfo.InvariantCulture),
            doc.Get(language.Field(SearchDocument.Title), CultureInfo.InvariantCulture),
            doc.Get(language.Field(SearchDocument.Section), CultureInfo.InvariantCulture),
            doc.Get(SearchDocument.SectionSlug + "_stored", CultureInfo.InvariantCulture),
            type,
            new DateTime(long.Parse(doc.Get(SearchDocument.Published, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), DateTimeKind.Utc),
            snippet);
    }

    // Each word the index does not know is replaced by the closest word it does know (within two
    // edits, the most common of the closest), drawn from the edition's headlines and bodies. Null
    // when no word could be improved.
    private static string? Suggest(IndexReader reader, SearchQuery query, string text)
    {
        var language = query.Language;
        var fields = new[] { language.Field(SearchDocument.Title) + SahifaAnalyzer.ExactSuffix, language.Field(SearchDocument.Body) + SahifaAnalyzer.ExactSuffix };
        var words = query.Words;
        var suggestion = text.Length > SearchQuery.MaxLength ? text[..SearchQuery.MaxLength] : text;
        var changed = false;
        foreach (var word in words.OrderByDescending(w => w.Start))
        {
            if (word.Exact.Length < 3 || fields.Any(f => reader.DocFreq(new Term(f, word.Exact)) > 0))
            {
                continue;
            }

            string? best = null;
            var bestScore = (Similarity: 0f, Frequency: 0);
            foreach (var field in fields)
            {
                var fuzzy = new FuzzyQuery(new Term(field, word.Exact), word.Exact.Length < 6 ? 1 : 2, prefixLength: 1, maxExpansions: 20, transpositions: true);
                if (fuzzy.Rewrite(reader) is not BooleanQuery candidates)
                {
                    continue;
                }

                foreach (var clause in candidates.Clauses)
                {
                    if (clause.Query is TermQuery candidate)
                    {
                        var score = (candidate.Boost, reader.DocFreq(candidate.Term));
                        if (score.CompareTo(bestScore) > 0)
                        {
                            (best, bestScore) = (candidate.Term.Text, score);
                        }
                    }
                }
            }

            if (best is not null)
            {
                suggestion = suggestion[..word.Start] + best + suggestion[(word.Start + word.Length)..];
                changed = true;
            }
        }

        return changed ? suggestion : null;
    }

    // The index knows words folded (الرقه, مستشفي); a reader should be offered them as the stories
    // on the page write them (الرقة, مستشفى) when one of those stories has the word.
    private static string? AsWritten(string? suggestion, List<SearchHit> hits)
    {
        if (suggestion is null || hits.Count == 0)
        {
            return suggestion;
        }

        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in hits.SelectMany(h => h.Snippet.Parts.Select(p => p.Text).Prepend(h.Headline)))
        {
            foreach (var word in SearchText.Words(text))
            {
                written.TryAdd(word.Exact, text.Substring(word.Start, word.Length));
            }
        }

        foreach (var word in SearchText.Words(suggestion).OrderByDescending(w => w.Start))
        {
            if (written.TryGetValue(word.Exact, out var surface))
            {
                suggestion = suggestion[..word.Start] + surface + suggestion[(word.Start + word.Length)..];
            }
        }

        return suggestion;
    }

    /// <summary>
    /// One pass over every match: keeps the best page-worth of documents (score with the recency
    /// boost, or date), counts them, and counts the facets.
    /// </summary>
    private sealed class HitCollector(int size, SearchSort sort, DateTime now) : ICollector
    {
        private readonly PriorityQueue<int, (double Key, int Doc)> _top = new(Comparer<(double Key, int Doc)>.Create(
            (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : b.Doc.CompareTo(a.Doc)));

        private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
        private readonly int[] _periods = new int[Periods.Count];
        private Scorer? _scorer;
        private int _docBase;
        private SegmentLabels _labels = SegmentLabels.None;
        private NumericDocValues? _published;
        private SortedDocValues? _section;
        private SortedDocValues? _type;
        private SortedSetDocValues? _tagValues;

        // Counted by ordinal within a segment, turned into names when the segment is done: a
        // common word can match most of the index, and a string per match would dominate.
        private int[] _sectionOrds = [];
        private int[] _typeOrds = [];
        private int[] _tagOrds = [];

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            FlushSegment();
            _docBase = context.DocBase;
            var reader = context.AtomicReader;
            _published = reader.GetNumericDocValues(SearchDocument.PublishedValue);
            _section = reader.GetSortedDocValues(SearchDocument.SectionFacet);
            _type = reader.GetSortedDocValues(SearchDocument.TypeFacet);
            _tagValues = reader.GetSortedSetDocValues(SearchDocument.TagFacet);
            _labels = SegmentLabels.For(reader, _section, _type, _tagValues);
            _sectionOrds = Counts(_section?.ValueCount ?? 0);
            _typeOrds = Counts(_type?.ValueCount ?? 0);
            _tagOrds = Counts((int)(_tagValues?.ValueCount ?? 0));
        }

        private void FlushSegment()
        {
            Flush(_sectionOrds, _sections, _labels.Sections);
            Flush(_typeOrds, _types, _labels.Types);
            Flush(_tagOrds, _tags, _labels.Tags);
            _sectionOrds = _typeOrds = _tagOrds = [];
        }

        // Counters per ordinal come from a pool: a search visits every segment, and a fresh
        // array per segment and facet was a twentieth of its time.
        private static int[] Counts(int size)
        {
            if (size == 0)
            {
                return [];
            }

            var counts = System.Buffers.ArrayPool<int>.Shared.Rent(size);
            Array.Clear(counts, 0, size);
            return counts;
        }

        private static void Flush(int[] ords, Dictionary<string, int> counts, string[] labels)
        {
            if (ords.Length == 0)
            {
                return;
            }

            // A rented array may be longer than the segment's ordinals.
            for (var ord = 0; ord < labels.Length; ord++)
            {
                if (ords[ord] > 0)
                {
                    ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, labels[ord], out _);
                    count += ords[ord];
                }
            }

            System.Buffers.ArrayPool<int>.Shared.Return(ords);
        }

        public void Collect(int doc)
        {
            Total++;
            var published = _published?.Get(doc) ?? 0;
            var ageDays = Math.Max(0, (now.Ticks - published) / (double)TimeSpan.TicksPerDay);
            var key = sort == SearchSort.Date
                ? published
                : ConceptsQuery.Rescale(_scorer!.GetScore(), 1 + (RecencyWeight * RecencyHalfLifeDays / (RecencyHalfLifeDays + ageDays)));
            var id = _docBase + doc;
            if (_top.Count < size)
            {
                _top.Enqueue(id, (key, id));
            }
            else if (size > 0 && _top.TryPeek(out _, out var worst) && (key > worst.Key || (key == worst.Key && id < worst.Doc)))
            {
                _top.EnqueueDequeue(id, (key, id));
            }

            if (_section?.GetOrd(doc) is >= 0 and var section)
            {
                _sectionOrds[section]++;
            }

            if (_type?.GetOrd(doc) is >= 0 and var type)
            {
                _typeOrds[type]++;
            }

            if (_tagValues is not null)
            {
                _tagValues.SetDocument(doc);
                for (var ord = _tagValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _tagValues.NextOrd())
                {
                    _tagOrds[ord]++;
                }
            }

            for (var i = 0; i < Periods.Count; i++)
            {
                if (ageDays <= Periods[i].Age.TotalDays)
                {
                    _periods[i]++;
                }
            }
        }

        /// Best first.
        public List<int> Top()
        {
            var docs = new List<int>(_top.Count);
            while (_top.TryDequeue(out var doc, out _))
            {
                docs.Add(doc);
            }

            docs.Reverse();
            return docs;
        }

        public SearchFacets Facets(DateTime today)
        {
            FlushSegment();
            var periods = Periods.Select((p, i) => new FacetValue(
                DateOnly.FromDateTime(today - p.Age).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Label, _periods[i]))
                .Where(p => p.Count > 0)
                .ToList();
            return new SearchFacets(
                Ranked(_sections, int.MaxValue),
                Ranked(_tags, TagFacetSize),
                _types.Select(t => ArticleLabels.TryParse(t.Key, out TypeOfWork type) ? new FacetValue(t.Key, ArticleLabels.Of(type), t.Value) : null)
                    .OfType<FacetValue>().OrderByDescending(t => t.Count).ToList(),
                periods);
        }

        private static List<FacetValue> Ranked(Dictionary<string, int> counts, int take) =>
            counts.Select(c =>
                {
                    var parts = c.Key.Split(SearchDocument.FacetSeparator, 2);
                    return new FacetValue(parts[0], parts.Length > 1 ? parts[1] : parts[0], c.Value);
                })
                .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)
                .Take(take)
                .ToList();
    }
}

/// One facet box on the results page: its title, what is picked, and the link for a value (null:
/// the link that clears it).
/// A segment's facet values by ordinal, read once per segment: a segment never changes, and
/// looking the values up for every search was a fifth of a search's time.
internal sealed class SegmentLabels(string[] sections, string[] types, string[] tags)
{
    public static readonly SegmentLabels None = new([], [], []);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SegmentLabels> Cache = [];

    public string[] Sections { get; } = sections;
    public string[] Types { get; } = types;
    public string[] Tags { get; } = tags;

    public static SegmentLabels For(AtomicReader reader, SortedDocValues? sections, SortedDocValues? types, SortedSetDocValues? tags) =>
        // Ordinals belong to the segment's core, which deletions do not change.
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentLabels(
            Read(sections?.ValueCount ?? 0, (ord, scratch) => sections!.LookupOrd(ord, scratch)),
            Read(types?.ValueCount ?? 0, (ord, scratch) => types!.LookupOrd(ord, scratch)),
            Read((int)(tags?.ValueCount ?? 0), (ord, scratch) => tags!.LookupOrd(ord, scratch))));

    private static string[] Read(int count, Action<int, BytesRef> lookup)
    {
        var labels = new string[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }

        return labels;
    }
}

public sealed record Facet(string Title, string? Selected, IReadOnlyList<FacetValue> Values, Func<string?, string> Link);
