using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Readers;

namespace Sahifa.Web.Importing;

/// A batch's comments, keyed by their WordPress id like posts, threaded by the comments'
/// own rule (<see cref="CommentThreads"/>) and keyed by e-mail as a reader's are.
public sealed class ImportComments(SahifaDb db, ImportRun run, int maxDepth)
{
    /// The moderator's name on imported verdicts; one given in Sahifa since is kept.
    public const string Importer = "استيراد ووردبريس";

    // A reply needs its parent's new id, so the batch's comments are saved a level at a time;
    // WordPress gives a parent a lower id than its replies, so one pass in id order per level
    // finds them all.
    public async Task SaveAsync(List<(WxrItem Item, int ArticleId)> posts, DateTime now, CancellationToken ct)
    {
        var all = posts.SelectMany(p => p.Item.Comments.Select(c => (Comment: c, p.ArticleId, PostId: p.Item.Id))).ToList();
        if (all.Count == 0)
        {
            return;
        }

        var ids = all.Select(c => c.Comment.Id).ToList();
        var maps = await db.ImportedItems
            .Where(i => i.Kind == ImportedKind.Comment && ids.Contains(i.WordPressId))
            .ToDictionaryAsync(i => i.WordPressId, ct);
        var sahifaIds = maps.Values.Select(m => m.SahifaId).ToList();
        var existing = await db.Comments.Where(c => sahifaIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);

        // WordPress id to the saved comment, for replies to find their parent.
        var placed = new Dictionary<long, Comment>();
        foreach (var (wpId, map) in maps)
        {
            if (existing.TryGetValue(map.SahifaId, out var comment))
            {
                placed[wpId] = comment;
            }
        }

        var inBatch = all.Select(c => c.Comment.Id).ToHashSet();
        var pending = all.DistinctBy(c => c.Comment.Id).OrderBy(c => c.Comment.Id).ToList();
        while (pending.Count > 0)
        {
            // Ready: a new thread, a reply whose parent is placed, or one whose parent is missing
            // from the export (it starts a thread of its own).
            var ready = pending.Where(c => c.Comment.ParentId == 0 || placed.ContainsKey(c.Comment.ParentId) || !inBatch.Contains(c.Comment.ParentId)).ToList();
            if (ready.Count == 0)
            {
                ready = pending;
            }

            var added = new List<(long WordPressId, Comment Comment)>();
            foreach (var (wp, articleId, postId) in ready)
            {
                if (wp.Type is "pingback" or "trackback")
                {
                    run.Counts.CommentsSkipped++;
                    continue;
                }

                var fingerprint = Fingerprint(wp);
                maps.TryGetValue(wp.Id, out var map);
                var comment = map is not null && existing.TryGetValue(map.SahifaId, out var found) ? found : null;
                if (comment is not null && map!.Fingerprint == fingerprint)
                {
                    run.Counts.CommentsUnchanged++;
                    continue;
                }

                var isNew = comment is null;
                comment ??= new Comment { ArticleId = articleId, AuthorName = "", Email = "", EmailKey = "", Body = "" };
                if (!Apply(comment, wp, postId, placed, now))
                {
                    run.Counts.CommentsSkipped++;
                    continue;
                }

                if (isNew)
                {
                    db.Comments.Add(comment);
                    run.Counts.CommentsCreated++;
                }
                else
                {
                    run.Counts.CommentsUpdated++;
                }

                if (map is null)
                {
                    map = new ImportedItem { Kind = ImportedKind.Comment, WordPressId = wp.Id };
                    db.ImportedItems.Add(map);
                    maps[wp.Id] = map;
                }

                map.Fingerprint = fingerprint;
                map.ImportedAt = now;
                added.Add((wp.Id, comment));
            }

            await db.SaveChangesAsync(ct);
            foreach (var (wpId, comment) in added)
            {
                placed[wpId] = comment;
                maps[wpId].SahifaId = comment.Id;
            }

            await db.SaveChangesAsync(ct);
            pending = [.. pending.Except(ready)];
        }
    }

    private bool Apply(Comment comment, WxrComment wp, long postId, Dictionary<long, Comment> placed, DateTime now)
    {
        var body = ReaderText.Clean(WordPressContent.CommentToText(wp.Content));
        if (body.Length == 0)
        {
            run.Warn(wp.Id, "empty_comment", $"تعليق فارغ على المنشور {postId}، فلم يُستورد.");
            return false;
        }

        if (body.Length > Comment.BodyColumnLength)
        {
            run.Warn(wp.Id, "comment_shortened", $"تعليق على المنشور {postId} أطول من {Comment.BodyColumnLength} حرف فاختُصر.");
            body = WordPressPost.Shorten(body, Comment.BodyColumnLength);
        }

        var name = ArabicText.CleanForDisplay(WordPressContent.ToPlainText(wp.Author));
        comment.AuthorName = name.Length == 0 ? "قارئ" : WordPressPost.Shorten(name, Comment.MaxNameLength);

        // Staff-only, as for every reader's comment: no page, feed or public API reads it.
        var email = (wp.Email ?? "").Trim();
        comment.Email = email.Length <= Comment.MaxEmailLength ? email : "";
        comment.EmailKey = ReaderEmail.Key(comment.Email);
        comment.Body = body;
        comment.CreatedAt = wp.DateGmt ?? (wp.Date is { } local ? WordPressPost.ToUtc(local, run.TimeZone) : now);
        (comment.ParentId, comment.Depth) = CommentThreads.Place(
            wp.ParentId != 0 && placed.TryGetValue(wp.ParentId, out var parent) ? parent : null, maxDepth);

        // A verdict given in Sahifa since the last import stands.
        if (comment.ModeratedByName is null || comment.ModeratedByName == Importer)
        {
            comment.Status = wp.Approved switch
            {
                "1" or "approve" => CommentStatus.Approved,
                "spam" => CommentStatus.Spam,
                "trash" or "post-trashed" => CommentStatus.Trash,
                _ => CommentStatus.Pending,
            };
            (comment.ModeratedAt, comment.ModeratedByName) = comment.Status == CommentStatus.Pending ? (null, null) : ((DateTime?)now, Importer);
        }

        return true;
    }

    private static string Fingerprint(WxrComment c) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            WordPressPost.ConverterVersion, c.ParentId, c.Author, c.Email, c.Content, c.Approved, c.Type,
            c.Date?.ToString("O", CultureInfo.InvariantCulture), c.DateGmt?.ToString("O", CultureInfo.InvariantCulture)))));
}
