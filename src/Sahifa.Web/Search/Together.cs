using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Sahifa.Web.Search;

/// <summary>
/// Whether a story has all of a query's concepts close together in one field: within
/// <see cref="Slack"/> words of one another, in any order («المياه في الحسكة انقطعت» as well as
/// «انقطاع المياه عن الحسكة»). Read from the positions of the concepts' terms, one field at a
/// time, for stories that already have every concept.
/// </summary>
/// <remarks>
/// Lucene's unordered span query answers the same question, but at a cost per story that made it
/// half of a two-word search; this reads each term's positions once and slides a window over
/// them. A concept of several words (a quoted phrase, an equivalent's name) stands at its first
/// word: the concept itself was matched as a phrase already.
/// </remarks>
/// <param name="Fields">Each field with its weight and, per concept, the terms any of which is
/// the concept at a position.</param>
/// <param name="Slack">Words allowed between the concepts, for each concept after the first.</param>
public sealed record Together(IReadOnlyList<(string Field, float Boost, Term[][] Concepts)> Fields, int Slack = 2)
{
    /// The check for one segment; null when no field can ever have them all.
    internal Checker? For(AtomicReader reader)
    {
        var fields = new List<(float Boost, DocsAndPositionsEnum[][] Concepts)>();
        foreach (var (field, boost, concepts) in Fields)
        {
            var enums = concepts
                .Select(terms => terms.Select(reader.GetTermPositionsEnum).Where(e => e is not null).ToArray())
                .ToArray();
            if (enums.All(e => e.Length > 0))
            {
                fields.Add((boost, enums));
            }
        }

        return fields.Count == 0 ? null : new Checker(fields, Slack);
    }

    /// Reads positions for documents in increasing order, as a scorer visits them.
    internal sealed class Checker(List<(float Boost, DocsAndPositionsEnum[][] Concepts)> fields, int slack)
    {
        private readonly List<(int Position, int Concept)> _positions = [];
        private int[] _seen = [];

        /// The weight of the first field that has them together, or 0 when none does.
        public float At(int doc)
        {
            foreach (var (boost, concepts) in fields)
            {
                if (Gather(concepts, doc) && Near(concepts.Length))
                {
                    return boost;
                }
            }

            return 0f;
        }

        private bool Gather(DocsAndPositionsEnum[][] concepts, int doc)
        {
            _positions.Clear();
            for (var c = 0; c < concepts.Length; c++)
            {
                var found = false;
                foreach (var terms in concepts[c])
                {
                    var at = terms.DocID < doc ? terms.Advance(doc) : terms.DocID;
                    if (at != doc)
                    {
                        continue;
                    }

                    found = true;
                    for (var i = terms.Freq; i > 0; i--)
                    {
                        _positions.Add((terms.NextPosition(), c));
                    }
                }

                if (!found)
                {
                    // The remaining concepts' enums stay where they are; they move forward only.
                    return false;
                }
            }

            return true;
        }

        // The narrowest stretch holding a position of every concept, by a sliding window.
        private bool Near(int count)
        {
            _positions.Sort();
            if (_seen.Length < count)
            {
                _seen = new int[count];
            }

            Array.Clear(_seen, 0, count);
            var span = slack * (count - 1) + (count - 1);
            var covered = 0;
            var left = 0;
            for (var right = 0; right < _positions.Count; right++)
            {
                if (_seen[_positions[right].Concept]++ == 0)
                {
                    covered++;
                }

                while (covered == count)
                {
                    if (_positions[right].Position - _positions[left].Position <= span)
                    {
                        return true;
                    }

                    if (--_seen[_positions[left].Concept] == 0)
                    {
                        covered--;
                    }

                    left++;
                }
            }

            return false;
        }
    }
}
