using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Sahifa.Web.Articles;
using Sahifa.Web.Search;

namespace Sahifa.Web.Tests.Search;

/// A judged set: stories, and queries with graded judgements (2 wanted, 1 acceptable).
public sealed record JudgedSet(string Name, IReadOnlyList<JudgedStory> Stories, IReadOnlyList<JudgedQuery> Queries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record OldSet(OldArticle[] Articles, OldQuery[] Queries);

    private sealed record OldArticle(int Id, string Title, string Body);

    private sealed record OldQuery(string Q, string Phenomenon, int[] Relevant);

    private sealed record NewArticles(OldArticle[] Articles);

    private sealed record NewQueries(NewQuery[] Queries);

    private sealed record NewQuery(string Q, string Kind, Dictionary<string, int> Judgments);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Search");

    /// The first set, written beside the analysis code (issue 6): every relevant story grade 2.
    public static JudgedSet Original()
    {
        var set = JsonSerializer.Deserialize<OldSet>(File.ReadAllText(Path.Combine(Folder, "evaluation.json")), Json)!;
        return new JudgedSet(
            "original",
            set.Articles.Select(a => new JudgedStory(a.Id, a.Title, a.Body)).ToList(),
            set.Queries.Select(q => new JudgedQuery(q.Q, q.Phenomenon, q.Relevant.ToDictionary(id => id, _ => 2))).ToList());
    }

    /// The set written without reading the search code (Search/Independent/README.md), or one in
    /// the same format from elsewhere: every `articles*.json` and `queries*.json` in the folder.
    public static JudgedSet Independent(string? folder = null)
    {
        folder ??= Path.Combine(Folder, "Independent");
        var articles = System.IO.Directory.GetFiles(folder, "articles*.json").Order(StringComparer.Ordinal)
            .SelectMany(f => JsonSerializer.Deserialize<NewArticles>(File.ReadAllText(f), Json)!.Articles)
            .Select(a => new JudgedStory(a.Id, a.Title, a.Body))
            .ToList();
        var queries = System.IO.Directory.GetFiles(folder, "queries*.json").Order(StringComparer.Ordinal)
            .SelectMany(f => JsonSerializer.Deserialize<NewQueries>(File.ReadAllText(f), Json)!.Queries)
            .Select(q => new JudgedQuery(q.Q, q.Kind, q.Judgments.ToDictionary(j => int.Parse(j.Key, CultureInfo.InvariantCulture), j => j.Value)))
            .ToList();
        var ids = articles.Select(a => a.Id).ToHashSet();
        var unknown = queries.SelectMany(q => q.Grades.Keys).Where(id => !ids.Contains(id)).ToList();
        if (ids.Count != articles.Count || unknown.Count > 0)
        {
            throw new InvalidDataException($"{folder}: an article id is used twice, or judgements name articles that are not there ({string.Join(' ', unknown)})");
        }

        return new JudgedSet(Path.GetFileName(folder), articles, queries);
    }
}

public sealed record JudgedStory(int Id, string Title, string Body);

public sealed record JudgedQuery(string Q, string Kind, IReadOnlyDictionary<int, int> Grades);

public sealed record Scores(int Queries, double Recall, double Mrr, double Ndcg);

/// A way of searching a judged set: how it indexes the stories and reads a query.
public interface ISearchSystem : IDisposable
{
    string Name { get; }

    IReadOnlyList<int> Search(string query, int depth);
}

/// Recall@10, MRR and nDCG@10 per kind of query and overall. Recall counts every judged story;
/// nDCG weighs "wanted" (2) above "acceptable" (1).
public static class Relevance
{
    public const int Depth = 10;

    public static Dictionary<string, Scores> Evaluate(JudgedSet set, ISearchSystem system, Action<string>? misses = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(system);
        var perQuery = new List<(string Kind, double Recall, double Mrr, double Ndcg)>();
        foreach (var q in set.Queries)
        {
            var found = system.Search(q.Q, Depth);
            var recall = q.Grades.Keys.Count(found.Contains) / (double)q.Grades.Count;
            var first = found.ToList().FindIndex(q.Grades.ContainsKey);
            var dcg = found.Select((id, i) => (Math.Pow(2, q.Grades.GetValueOrDefault(id)) - 1) / Math.Log2(i + 2)).Sum();
            var ideal = q.Grades.Values.OrderDescending().Take(Depth).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
            perQuery.Add((q.Kind, recall, first < 0 ? 0 : 1.0 / (first + 1), ideal == 0 ? 0 : dcg / ideal));
            if ((recall < 1 || first != 0) && misses is not null)
            {
                misses($"{system.Name,-8} {q.Kind,-22} «{q.Q}» recall {recall:0.00}, first relevant at {first + 1}: missed {string.Join(' ', q.Grades.Keys.Where(k => !found.Contains(k)))}, top {string.Join(' ', found.Take(5))}");
            }
        }

        var scores = perQuery.GroupBy(p => p.Kind).ToDictionary(
            g => g.Key,
            g => new Scores(g.Count(), g.Average(p => p.Recall), g.Average(p => p.Mrr), g.Average(p => p.Ndcg)));
        scores["overall"] = new Scores(perQuery.Count, perQuery.Average(p => p.Recall), perQuery.Average(p => p.Mrr), perQuery.Average(p => p.Ndcg));
        return scores;
    }

    /// The table of a set's scores for each system, one row per kind.
    public static string Table(string set, IReadOnlyList<(string System, Dictionary<string, Scores> Scores)> runs)
    {
        var lines = new List<string>
        {
            $"{set}: Recall@{Depth} / MRR / nDCG@{Depth}",
            $"{"kind",-26} {"n",4}  " + string.Join("  ", runs.Select(r => $"{r.System,-20}")),
        };
        foreach (var kind in runs[0].Scores.Keys.Order(StringComparer.Ordinal).OrderBy(k => k == "overall"))
        {
            lines.Add($"{kind,-26} {runs[0].Scores[kind].Queries,4}  " + string.Join("  ", runs.Select(r =>
                r.Scores.TryGetValue(kind, out var s) ? $"{s.Recall:0.000} {s.Mrr:0.000} {s.Ndcg:0.000}  " : new string(' ', 20))));
        }

        return string.Join('\n', lines);
    }
}

/// Sahifa's own chain: its analyzer, its document fields and its query, with the region's default
/// list of equivalent names a new site starts with.
public sealed class SahifaSystem : ISearchSystem
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SahifaSystem(IEnumerable<JudgedStory> stories)
    {
        using (var writer = new IndexWriter(_directory, SearchIndex.WriterConfig(OpenMode.CREATE)))
        {
            foreach (var a in stories)
            {
                writer.AddDocument(SearchDocument.ToDocument(new IndexedArticle(
                    a.Id, "x", a.Title, "", "<p>" + System.Net.WebUtility.HtmlEncode(a.Body) + "</p>", TypeOfWork.News, ArticleStatus.Published,
                    SahifaFactory.Now.UtcDateTime, "أخبار", "akhbar", "قسم الأخبار", [], [], [])));
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = SearchIndex.NewSearcher(_reader);
    }

    public string Name => "Sahifa";

    /// The production query's passes, as the search page runs them (SearchArticles).
    public IReadOnlyList<int> Search(string query, int depth)
    {
        TopDocs found = null!;
        foreach (var (lucene, enough) in SearchQuery.Parse(query, SearchEquivalents.Region).Passes(_reader, depth))
        {
            found = _searcher.Search(lucene, depth);
            if (found.TotalHits >= enough)
            {
                break;
            }
        }

        return found.ScoreDocs
            .Select(d => int.Parse(_searcher.Doc(d.Doc).Get(SearchDocument.Id, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

/// A baseline as a quick integration would have it: one analyzer for headline and body, the
/// headline weighted four times, and the classic query parser's default of any word matching.
public sealed class BaselineSystem : ISearchSystem
{
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private BaselineSystem(string name, Analyzer analyzer, Similarity similarity, IEnumerable<JudgedStory> stories)
    {
        Name = name;
        _analyzer = analyzer;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(SearchIndex.Version, analyzer) { Similarity = similarity }))
        {
            foreach (var a in stories)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", a.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("title", a.Title, Field.Store.NO),
                    new TextField("body", a.Body, Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public string Name { get; }

    /// Lucene's stock ArabicAnalyzer (normalisation, stop words, light stemming), classic scoring.
    public static BaselineSystem StockArabic(IEnumerable<JudgedStory> stories) =>
        new("stock Arabic", new ArabicAnalyzer(SearchIndex.Version), new DefaultSimilarity(), stories);

    /// BM25 over words split by Unicode rules, with no Arabic processing at all.
    public static BaselineSystem Bm25(IEnumerable<JudgedStory> stories) =>
        new("BM25 plain", new StandardAnalyzer(SearchIndex.Version), new BM25Similarity(), stories);

    public IReadOnlyList<int> Search(string query, int depth)
    {
        var quoted = query.Length > 2 && "\"«".Contains(query[0], StringComparison.Ordinal) && "\"»".Contains(query[^1], StringComparison.Ordinal);
        var text = quoted ? query[1..^1] : query;
        var any = new BooleanQuery();
        var titlePhrase = new PhraseQuery { Boost = 4f };
        var bodyPhrase = new PhraseQuery();
        foreach (var (term, position) in Tokens(text))
        {
            any.Add(new TermQuery(new Term("title", term)) { Boost = 4f }, Occur.SHOULD);
            any.Add(new TermQuery(new Term("body", term)), Occur.SHOULD);
            titlePhrase.Add(new Term("title", term), position);
            bodyPhrase.Add(new Term("body", term), position);
        }

        Query parsed = quoted ? new BooleanQuery { { titlePhrase, Occur.SHOULD }, { bodyPhrase, Occur.SHOULD } } : any;
        return _searcher.Search(parsed, depth).ScoreDocs
            .Select(d => int.Parse(_searcher.Doc(d.Doc).Get("id", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .ToList();
    }

    private List<(string Term, int Position)> Tokens(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
