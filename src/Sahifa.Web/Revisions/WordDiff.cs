using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.AspNetCore.Html;

namespace Sahifa.Web.Revisions;

/// A word-level comparison of two texts as HTML: removed words in <del>, added words in <ins>,
/// the rest as it was. Words are cut at spaces and at Arabic and Latin punctuation, so a changed
/// figure or a moved comma ("،") shows as that word, not as a whole changed line.
public static class WordDiff
{
    private static readonly DelimiterChunker Words = new([
        ' ', '\t', '\n', '\r', '\u00A0',
        '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'',
        '،', '؛', '؟', '«', '»', '…', '—', '–',
    ]);

    public static Comparison Compare(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, false, false, Words);
        var html = new StringBuilder();
        var added = 0;
        var removed = 0;
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; oldIndex < block.DeleteStartA; oldIndex++)
            {
                html.Append(Encode(result.PiecesOld[oldIndex]));
            }

            if (block.DeleteCountA > 0)
            {
                html.Append("<del>");
                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    html.Append(Encode(result.PiecesOld[block.DeleteStartA + i]));
                }

                html.Append("</del>");
                removed += CountWords(result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            }

            if (block.InsertCountB > 0)
            {
                html.Append("<ins>");
                for (var i = 0; i < block.InsertCountB; i++)
                {
                    html.Append(Encode(result.PiecesNew[block.InsertStartB + i]));
                }

                html.Append("</ins>");
                added += CountWords(result.PiecesNew, block.InsertStartB, block.InsertCountB);
            }

            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldIndex < result.PiecesOld.Count; oldIndex++)
        {
            html.Append(Encode(result.PiecesOld[oldIndex]));
        }

        return new Comparison(new HtmlString(html.ToString()), added, removed);
    }

    private static string Encode(string piece) => WebUtility.HtmlEncode(piece);

    private static int CountWords(IReadOnlyList<string> pieces, int start, int count)
    {
        var words = 0;
        for (var i = start; i < start + count; i++)
        {
            if (pieces[i].Any(char.IsLetterOrDigit))
            {
                words++;
            }
        }

        return words;
    }

    /// The marked-up text and how many words each side gained and lost.
    public sealed record Comparison(IHtmlContent Html, int WordsAdded, int WordsRemoved)
    {
        public bool Changed => WordsAdded + WordsRemoved > 0;
    }
}
