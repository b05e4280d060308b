using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Sahifa.Web.Articles;
using Sahifa.Web.Search;
using Xunit.Abstractions;

namespace Sahifa.Web.Tests.Search;

/// <summary>
/// Relevance on our own judged set (Search/evaluation.json: short news items and reader queries,
/// each labelled with the spelling phenomenon it tests), for Sahifa's chain and for Lucene's stock
/// ArabicAnalyzer on the same documents and queries. Sahifa must be ahead overall, never behind on
/// a phenomenon, and reach Recall@10 of 0.95 and MRR of 0.85 (issue 6).
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private const int Depth = 10;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record JudgedArticle(int Id, string Title, string Body);

    private sealed record JudgedQuery(string Q, string Phenomenon, int[] Relevant);

    private sealed record Judgments(JudgedArticle[] Articles, JudgedQuery[] Queries);

    private sealed record Scores(double Recall, double Mrr);

    private static Judgments Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Search", "evaluation.json");
        return JsonSerializer.Deserialize<Judgments>(File.ReadAllText(path), Json)!;
    }

    [Fact]
    public void Sahifa_finds_what_readers_type_better_than_the_stock_arabic_analyzer()
    {
        var judged = Load();
        Assert.True(judged.Articles.Length >= 60 && judged.Queries.Length >= 40);

        var sahifa = Evaluate(judged, SahifaIndex(judged.Articles), q => SearchQuery.Parse(q).ToLucene());
        using var stockAnalyzer = new ArabicAnalyzer(SearchIndex.Version);
        var stock = Evaluate(judged, StockIndex(judged.Articles, stockAnalyzer), q => StockQuery(q, stockAnalyzer));

        output.WriteLine($"{"phenomenon",-18} {"n",3}  {"Sahifa R@10",11} {"MRR",6}   {"stock R@10",10} {"MRR",6}");
        foreach (var phenomenon in sahifa.Keys.Order(StringComparer.Ordinal))
        {
            var (s, b) = (sahifa[phenomenon], stock[phenomenon]);
            output.WriteLine($"{phenomenon,-18} {(phenomenon == "overall" ? judged.Queries.Length : judged.Queries.Count(q => q.Phenomenon == phenomenon)),3}  {s.Recall,11:0.000} {s.Mrr,6:0.000}   {b.Recall,10:0.000} {b.Mrr,6:0.000}");
        }

        var (ours, theirs) = (sahifa["overall"], stock["overall"]);
        Assert.True(ours.Recall >= 0.95, $"Recall@10 {ours.Recall:0.000} < 0.95");
        Assert.True(ours.Mrr >= 0.85, $"MRR {ours.Mrr:0.000} < 0.85");
        Assert.True(ours.Recall > theirs.Recall && ours.Mrr > theirs.Mrr, "not ahead of the stock analyzer overall");
        foreach (var phenomenon in sahifa.Keys)
        {
            Assert.True(sahifa[phenomenon].Recall >= stock[phenomenon].Recall, $"behind on recall for {phenomenon}");
            Assert.True(sahifa[phenomenon].Mrr >= stock[phenomenon].Mrr - 1e-9, $"behind on MRR for {phenomenon}");
        }
    }

    private static Dictionary<string, Scores> Evaluate(Judgments judged, Lucene.Net.Store.Directory index, Func<string, Query> parse)
    {
        using var reader = DirectoryReader.Open(index);
        var searcher = new IndexSearcher(reader);
        var perQuery = judged.Queries.Select(q =>
        {
            var found = searcher.Search(parse(q.Q), Depth).ScoreDocs
                .Select(d => int.Parse(searcher.Doc(d.Doc).Get(SearchDocument.Id, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            var recall = q.Relevant.Count(found.Contains) / (double)q.Relevant.Length;
            var first = found.FindIndex(q.Relevant.Contains);
            return (q.Phenomenon, Score: new Scores(recall, first < 0 ? 0 : 1.0 / (first + 1)));
        }).ToList();

        var scores = perQuery.GroupBy(p => p.Phenomenon)
            .ToDictionary(g => g.Key, g => new Scores(g.Average(p => p.Score.Recall), g.Average(p => p.Score.Mrr)));
        scores["overall"] = new Scores(perQuery.Average(p => p.Score.Recall), perQuery.Average(p => p.Score.Mrr));
        return scores;
    }

    private static RAMDirectory SahifaIndex(IEnumerable<JudgedArticle> articles)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.Version, new SahifaAnalyzer()));
        foreach (var a in articles)
        {
            writer.AddDocument(SearchDocument.ToDocument(new IndexedArticle(
                a.Id, "x", a.Title, "", "<p>" + System.Net.WebUtility.HtmlEncode(a.Body) + "</p>", TypeOfWork.News, ArticleStatus.Published,
                SahifaFactory.Now.UtcDateTime, "أخبار", "akhbar", "قسم الأخبار", [], [], [])));
        }

        return directory;
    }

    // The stock analyzer the way a WordPress plugin or a quick integration would use it: headline
    // and body analysed by ArabicAnalyzer, every word required, quoted words as a phrase.
    private static RAMDirectory StockIndex(IEnumerable<JudgedArticle> articles, Analyzer analyzer)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.Version, analyzer));
        foreach (var a in articles)
        {
            writer.AddDocument(new Document
            {
                new StringField(SearchDocument.Id, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                new TextField(SearchDocument.Title, a.Title, Field.Store.NO),
                new TextField(SearchDocument.Body, a.Body, Field.Store.NO),
            });
        }

        return directory;
    }

    private static BooleanQuery StockQuery(string text, Analyzer analyzer)
    {
        var query = new BooleanQuery();
        var quoted = text.Length > 2 && "\"«".Contains(text[0], StringComparison.Ordinal);
        var inner = quoted ? text[1..^1] : text;
        var title = Tokens(analyzer, SearchDocument.Title, inner);
        var body = Tokens(analyzer, SearchDocument.Body, inner);
        if (quoted)
        {
            var either = new BooleanQuery();
            either.Add(Phrase(SearchDocument.Title, title, 4f), Occur.SHOULD);
            either.Add(Phrase(SearchDocument.Body, body, 1f), Occur.SHOULD);
            query.Add(either, Occur.MUST);
            return query;
        }

        foreach (var (term, _) in title)
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(SearchDocument.Title, term)) { Boost = 4f }, Occur.SHOULD },
                { new TermQuery(new Term(SearchDocument.Body, term)), Occur.SHOULD },
            };
            query.Add(either, Occur.MUST);
        }

        return query;
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> tokens, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static List<(string Term, int Position)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
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
}
