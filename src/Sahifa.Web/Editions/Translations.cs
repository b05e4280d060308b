using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Editions;

/// A story and its translations: the original and every article whose TranslationOfId names
/// it, at most one per edition. The rules live here; the API, the newsroom and the pages call them.
public static class Translations
{
    public const string UnknownEdition = "unknown_edition";
    public const string NotFound = "translation_not_found";
    public const string SameEdition = "translation_same_edition";
    public const string EditionTaken = "translation_edition_taken";
    public const string HasTranslations = "translation_has_translations";

    /// One member of a group, as pages and feeds link to it.
    public sealed record Member(int Id, string Slug, string Edition, string Headline, ArticleStatus Status, DateTime? PublishedAt, int? TranslationOfId)
    {
        public string Url => ArticleUrls.Article(Id, Slug);

        public bool IsOriginal => TranslationOfId is null;

        /// The original the group is named by.
        public int Root => TranslationOfId ?? Id;
    }

    /// Why an article (new: <paramref name="articleId"/> 0) may not be in <paramref name="edition"/>
    /// as a translation of <paramref name="translationOf"/>: a stable code and an Arabic
    /// sentence, or null when it may.
    public static async Task<(string Code, string Message)?> ProblemAsync(
        SahifaDb db, SiteEditions editions, int articleId, string edition, int? translationOf, CancellationToken ct)
    {
        if (editions.Find(edition) is null)
        {
            return (UnknownEdition, $"الطبعة «{edition}» ليست من طبعات الموقع؛ المقبول: {string.Join(" أو ", editions.All.Select(e => e.Code))}.");
        }

        var root = translationOf is { } of
            ? await db.Articles.Where(a => a.Id == of).Select(a => new { a.Id, a.TranslationOfId }).SingleOrDefaultAsync(ct)
            : null;
        if (translationOf is not null && root is null)
        {
            return (NotFound, $"لا توجد مادة برقم {translationOf} لتكون هذه ترجمة لها.");
        }

        var rootId = root is null ? (int?)null : root.TranslationOfId ?? root.Id;
        if (articleId > 0 && await db.Articles.AnyAsync(a => a.TranslationOfId == articleId, ct))
        {
            // An original with translations cannot itself become someone's translation: the
            // group would have two originals.
            if (rootId is not null && rootId != articleId)
            {
                return (HasTranslations, "لهذه المادة ترجمات؛ لا تكون ترجمةً لمادة أخرى.");
            }

            rootId = articleId;
        }

        if (rootId is not { } group)
        {
            return null;
        }

        if (rootId == articleId && translationOf is not null)
        {
            return (SameEdition, "المادة لا تكون ترجمةً لنفسها.");
        }

        var taken = await db.Articles
            .Where(a => (a.Id == group || a.TranslationOfId == group) && a.Id != articleId && a.Edition == edition)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(ct);
        if (taken is not { } other)
        {
            return null;
        }

        return other == translationOf
            ? (SameEdition, $"المادة {translationOf} في الطبعة نفسها («{edition}»)؛ الترجمة تكون إلى طبعة أخرى.")
            : (EditionTaken, $"لهذه القصة ترجمة في الطبعة «{edition}» من قبل (المادة {other}).");
    }

    /// The original a translation of <paramref name="id"/> belongs to: the article itself, or its
    /// own original when it is a translation already, so a group is never more than one level.
    public static async Task<int?> OriginalAsync(SahifaDb db, int? id, CancellationToken ct) =>
        id is { } of ? await db.Articles.Where(a => a.Id == of).Select(a => a.TranslationOfId ?? a.Id).SingleOrDefaultAsync(ct) : null;

    /// The group whose original is <paramref name="root"/>, the original first.
    public static async Task<List<Member>> MembersAsync(SahifaDb db, int root, CancellationToken ct) =>
        (await db.Articles.AsNoTracking().InGroupsOf([root]).ToListAsync(ct))
            .OrderBy(m => m.IsOriginal ? 0 : 1).ThenBy(m => m.Id)
            .ToList();

    /// The members of the groups whose originals are <paramref name="roots"/> (an article with no
    /// translations is a group of one), among <paramref name="articles"/>: one query for a whole
    /// page of articles, grouped afterwards by <see cref="Member.Root"/>.
    public static IQueryable<Member> InGroupsOf(this IQueryable<Article> articles, IReadOnlyCollection<int> roots) =>
        articles
            .Where(a => roots.Contains(a.Id) || (a.TranslationOfId != null && roots.Contains(a.TranslationOfId.Value)))
            .Select(a => new Member(a.Id, a.Slug, a.Edition, a.Headline, a.Status, a.PublishedAt, a.TranslationOfId));

    /// The members readers may see, for hreflang links and the language switcher.
    public static IReadOnlyList<Member> Public(IEnumerable<Member> group, DateTime now) =>
        group.Where(m => ArticleQueries.IsPublicAt(m.Status, m.PublishedAt, now)).ToList();
}
