using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;
using Sahifa.Web.Data;

namespace Sahifa.Web.Articles;

public static class ArticleSlugs
{
    /// The slug an edition's rules make of a headline: Latin letters only for English and
    /// Kurmanji, Arabic and Sorani letters kept as written (ڕ ێ ۆ ە ڵ included) for the others.
    public static string For(Editions.Edition edition, string headline) =>
        Slugs.FromHeadline(headline, ArticleRules.MaxSlugLength - 6, latinOnly: edition.LatinSlugs);

    /// A free slug for each wanted one, in order: one already used by another article (any but
    /// <paramref name="selfId"/>), or by an earlier one in the list, gets "-2", "-3"… A batch of
    /// new articles costs one query, plus one per slug that collides.
    public static async Task<List<string>> UniqueArticleSlugsAsync(this SahifaDb db, IReadOnlyList<string> wanted, int selfId, CancellationToken ct)
    {
        if (wanted.Count == 0)
        {
            return [];
        }

        var distinct = wanted.Distinct(StringComparer.Ordinal).ToList();
        var taken = (await db.Articles.Where(a => a.Id != selfId && distinct.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var free = new List<string>(wanted.Count);
        foreach (var slug in wanted)
        {
            if (taken.Contains(slug) || !claimed.Add(slug))
            {
                var prefix = slug + "-";
                var numbered = (await db.Articles.Where(a => a.Id != selfId && a.Slug.StartsWith(prefix)).Select(a => a.Slug).ToListAsync(ct))
                    .ToHashSet(StringComparer.Ordinal);
                var unique = Slugs.MakeUnique(slug, s => s == slug || numbered.Contains(s) || claimed.Contains(s), ArticleRules.MaxSlugLength);
                claimed.Add(unique);
                free.Add(unique);
            }
            else
            {
                free.Add(slug);
            }
        }

        return free;
    }

    public static async Task<string> UniqueArticleSlugAsync(this SahifaDb db, string wanted, int selfId, CancellationToken ct) =>
        (await db.UniqueArticleSlugsAsync([wanted], selfId, ct))[0];
}
