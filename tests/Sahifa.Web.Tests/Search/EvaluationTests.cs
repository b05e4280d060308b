using Xunit.Abstractions;

namespace Sahifa.Web.Tests.Search;

/// <summary>
/// Relevance on two judged sets, for Sahifa's chain and two baselines in one run: Lucene's stock
/// ArabicAnalyzer, and BM25 with no Arabic processing. The original set (Search/evaluation.json)
/// was written beside the analysis code; the independent one (Search/Independent) by a writer who
/// did not read it, so that it measures the problem rather than the implementation (issue 15).
/// On each: Recall@10 of 0.95, MRR of 0.90, and Sahifa ahead of the stock analyzer on every kind.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => ["original", "independent"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Sahifa_finds_what_readers_type_better_than_the_baselines(string name)
    {
        var set = name == "original" ? JudgedSet.Original() : JudgedSet.Independent();
        Assert.True(name == "original" ? set.Stories.Count >= 60 && set.Queries.Count >= 40 : set.Stories.Count >= 300 && set.Queries.Count >= 150);

        using var sahifa = new SahifaSystem(set.Stories);
        using var stock = BaselineSystem.StockArabic(set.Stories);
        using var bm25 = BaselineSystem.Bm25(set.Stories);
        var ours = Relevance.Evaluate(set, sahifa, output.WriteLine);
        var theirs = Relevance.Evaluate(set, stock);
        var plain = Relevance.Evaluate(set, bm25);
        output.WriteLine(Relevance.Table(name, [(sahifa.Name, ours), (stock.Name, theirs), (bm25.Name, plain)]));

        var overall = ours["overall"];
        Assert.True(overall.Recall >= 0.95, $"Recall@10 {overall.Recall:0.000} < 0.95");
        Assert.True(overall.Mrr >= 0.90, $"MRR {overall.Mrr:0.000} < 0.90");
        foreach (var (kind, score) in ours)
        {
            Assert.True(score.Recall >= theirs[kind].Recall - 1e-9, $"behind the stock analyzer on recall for {kind}: {score.Recall:0.000} < {theirs[kind].Recall:0.000}");
            Assert.True(score.Ndcg >= theirs[kind].Ndcg - 1e-9, $"behind the stock analyzer on nDCG for {kind}: {score.Ndcg:0.000} < {theirs[kind].Ndcg:0.000}");
        }
    }
}
