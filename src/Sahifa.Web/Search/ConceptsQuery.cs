using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sahifa.Web.Search;

/// <summary>
/// Ranks by how much of the reader's query a story has before how well it has it: a story with
/// all the query's concepts close together first, then all of them apart, then fewer, and only
/// within each of those tiers by relevance (field weights, exact spellings over stems, term
/// rarity). Stories with fewer than <see cref="Minimum"/> concepts, or without a required one (a
/// quoted phrase), do not match at all.
/// </summary>
/// <remarks>
/// The score is the tier plus the relevance squashed below one, so any collector ranks by tier
/// first; <see cref="Tier"/> and <see cref="Rescale"/> let Sahifa's collector weigh recency
/// within a tier without crossing it. Lucene 4.8 has a minimum-should-match but cannot rank by
/// the number of clauses matched, hence this query.
/// </remarks>
public sealed class ConceptsQuery(IReadOnlyList<Query> concepts, IReadOnlyList<bool> required, int minimum, Together? together) : Query
{
    // Relevance r is scored r / (r + Scale): a typical headline match is near the middle.
    private const float Scale = 8f;

    public IReadOnlyList<Query> Concepts { get; } = concepts;

    public IReadOnlyList<bool> Required { get; } = required;

    public int Minimum { get; } = Math.Max(1, minimum);

    /// Matches when the concepts stand close together; null for a query of one concept.
    public Together? Together { get; } = together;

    public static int Tier(float score) => (int)MathF.Floor(score);

    /// The score with its relevance part multiplied by <paramref name="factor"/>, tier kept.
    public static double Rescale(float score, double factor)
    {
        var tier = MathF.Floor(score);
        var part = Math.Min(score - tier, 0.999999f);
        var relevance = Scale * part / (1 - part);
        var scaled = relevance * factor;
        return tier + (scaled / (scaled + Scale));
    }

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Concepts.Select(c => c.Rewrite(reader)).ToList();
        return rewritten.SequenceEqual(Concepts)
            ? this
            : new ConceptsQuery(rewritten, Required, Minimum, Together) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var concept in Concepts)
        {
            concept.ExtractTerms(terms);
        }
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new ConceptsWeight(this, searcher);

    public override string ToString(string field) =>
        $"concepts(min {Minimum}: {string.Join(", ", Concepts.Select((c, i) => (Required[i] ? "+" : "") + c.ToString(field)))}{(Together is null ? "" : "; together")})";

    public override bool Equals(object? obj) =>
        obj is ConceptsQuery other && Boost == other.Boost && Minimum == other.Minimum
        && Concepts.SequenceEqual(other.Concepts) && Required.SequenceEqual(other.Required) && Equals(Together, other.Together);

    public override int GetHashCode() => HashCode.Combine(Minimum, Concepts.Count, Concepts.Count > 0 ? Concepts[0].GetHashCode() : 0, Together);

    private sealed class ConceptsWeight : Weight
    {
        private readonly ConceptsQuery _query;
        private readonly Weight[] _concepts;

        public ConceptsWeight(ConceptsQuery query, IndexSearcher searcher)
        {
            _query = query;
            _concepts = query.Concepts.Select(c => c.CreateWeight(searcher)).ToArray();
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            var sum = _concepts.Sum(w => w.GetValueForNormalization());
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var weight in _concepts)
            {
                weight.Normalize(norm, topLevelBoost * _query.Boost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = new Scorer?[_concepts.Length];
            var present = 0;
            for (var i = 0; i < _concepts.Length; i++)
            {
                scorers[i] = _concepts[i].GetScorer(context, acceptDocs);
                if (scorers[i] is null && _query.Required[i])
                {
                    return null;
                }

                present += scorers[i] is null ? 0 : 1;
            }

            return present < _query.Minimum
                ? null
                : new ConceptsScorer(this, scorers, _query.Required, _query.Minimum, _query.Together?.For(context.AtomicReader));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new Explanation(0f, "no matching concepts");
            }

            var concepts = (ConceptsScorer)scorer;
            return new Explanation(scorer.GetScore(), $"tier {Tier(scorer.GetScore())}: {concepts.Freq} of {_concepts.Length} concepts{(concepts.IsTogether ? ", together" : "")}");
        }
    }

    private sealed class ConceptsScorer(Weight weight, Scorer?[] concepts, IReadOnlyList<bool> required, int minimum, Together.Checker? together) : Scorer(weight)
    {
        private readonly int[] _required = Enumerable.Range(0, concepts.Length).Where(i => required[i]).ToArray();
        private int _doc = -1;
        private int _matched;
        private float _relevance;

        public bool IsTogether { get; private set; }

        public override int DocID => _doc;

        public override int Freq => _matched;

        public override float GetScore()
        {
            var tier = (2 * _matched) + (IsTogether ? 1 : 0);
            return tier + (_relevance / (_relevance + Scale));
        }

        public override long GetCost() => concepts.Sum(c => c?.GetCost() ?? 0);

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            while (true)
            {
                var candidate = _required.Length > 0 ? AlignRequired(target) : Lowest(target);
                if (candidate == NO_MORE_DOCS)
                {
                    return _doc = NO_MORE_DOCS;
                }

                if (_required.Length > 0)
                {
                    foreach (var concept in concepts)
                    {
                        if (concept is not null && concept.DocID < candidate)
                        {
                            concept.Advance(candidate);
                        }
                    }
                }

                _matched = 0;
                _relevance = 0;
                foreach (var concept in concepts)
                {
                    if (concept is not null && concept.DocID == candidate)
                    {
                        _matched++;
                        _relevance += concept.GetScore();
                    }
                }

                if (_matched < minimum)
                {
                    target = candidate + 1;
                    continue;
                }

                IsTogether = false;
                if (together is not null && _matched == concepts.Length)
                {
                    // Worth a headline match's weight in the field that has them together.
                    var boost = together.At(candidate);
                    if (boost > 0)
                    {
                        IsTogether = true;
                        _relevance += boost;
                    }
                }

                return _doc = candidate;
            }
        }

        // Moves every concept behind the target up to it; the lowest document any is on.
        private int Lowest(int target)
        {
            var lowest = NO_MORE_DOCS;
            foreach (var concept in concepts)
            {
                if (concept is null)
                {
                    continue;
                }

                var doc = concept.DocID < target ? concept.Advance(target) : concept.DocID;
                lowest = Math.Min(lowest, doc);
            }

            return lowest;
        }

        // The first document at or after the target that every required concept is on.
        private int AlignRequired(int target)
        {
            var doc = target;
            while (true)
            {
                var agreed = true;
                foreach (var i in _required)
                {
                    var at = concepts[i]!.DocID < doc ? concepts[i]!.Advance(doc) : concepts[i]!.DocID;
                    if (at == NO_MORE_DOCS)
                    {
                        return NO_MORE_DOCS;
                    }

                    if (at > doc)
                    {
                        doc = at;
                        agreed = false;
                    }
                }

                if (agreed)
                {
                    return doc;
                }
            }
        }
    }
}
