using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Media;

/// Changes what the library says about a photograph: its alt text, caption and credit. Articles
/// that show it follow at once: a lead image reads the library's text when the article has none
/// of its own, and bodies that place it inline are rendered again, so a corrected credit is
/// never left standing on an old page.
public sealed class DescribeMedia(SahifaDb db, ArticleBody body, AuditTrail audit, TimeProvider clock)
{
    public abstract record Outcome
    {
        public sealed record NotFound : Outcome;

        public sealed record Invalid(Dictionary<string, string> Errors) : Outcome;

        /// `Articles` is how many articles show the photograph and were refreshed.
        public sealed record Saved(int Articles) : Outcome;
    }

    public async Task<Outcome> DescribeAsync(int id, MediaInput input, StaffActor actor, CancellationToken ct)
    {
        var errors = MediaRules.Validate(input);
        if (errors.Count > 0)
        {
            return new Outcome.Invalid(errors);
        }

        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        var (alt, caption, credit) = (MediaRules.Clean(input.Alt), MediaRules.Clean(input.Caption), MediaRules.Clean(input.Credit));
        if ((alt, caption, credit) == (item.Alt, item.Caption, item.Credit))
        {
            return new Outcome.Saved(0);
        }

        var changed = Changes(item, alt, caption, credit);
        (item.Alt, item.Caption, item.Credit) = (alt, caption, credit);

        var prefix = MediaUrls.ItemPrefix(id);
        var articles = await db.Articles.Showing(id).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Written first, so the bodies rendered below read the new text.
        await db.SaveChangesAsync(ct);
        foreach (var article in articles.Where(a => a.BodyMarkdown.Contains(prefix, StringComparison.Ordinal)))
        {
            var photos = await db.ViewsByPathAsync(ArticleBody.PhotoPaths(article.BodyMarkdown), ct);
            article.BodyHtml = body.ToHtml(article.BodyMarkdown, photos);
        }

        // A lead image's text is read with the article; its cached pages and feeds must go.
        db.Record(articles.Select(a => a.Id), clock.GetUtcNow().UtcDateTime);
        audit.Add(actor, AuditActions.MediaDescribed, MediaSubject(id), changed);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome.Saved(articles.Count);
    }

    public static string MediaSubject(int id) => $"صورة {id}";

    private static string Changes(MediaItem item, string alt, string caption, string credit)
    {
        var parts = new List<string>();
        if (item.Alt != alt)
        {
            parts.Add($"النص البديل: «{item.Alt}» ← «{alt}»");
        }

        if (item.Caption != caption)
        {
            parts.Add($"التعليق: «{item.Caption}» ← «{caption}»");
        }

        if (item.Credit != credit)
        {
            parts.Add($"الحقوق: «{item.Credit}» ← «{credit}»");
        }

        return string.Join("؛ ", parts);
    }
}
