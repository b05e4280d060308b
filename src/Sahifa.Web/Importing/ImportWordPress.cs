using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Authors;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Sections;
using Sahifa.Web.Shared;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Importing;

/// `sahifa import wordpress FILE`, the API and the newsroom's upload page all run this: a
/// WordPress export becomes sections, tags, bylines, articles, comments and a table of old
/// addresses that redirect to the new ones.
///
/// The file is read twice. The first pass only checks and counts, so a broken or hostile file
/// is refused before anything is written. The second streams the posts in batches, each saved
/// in its own transaction with the change tracker emptied after it, so memory stays flat and the
/// site stays writable during a long import. Every write is keyed by WordPress id, so running
/// the same file again (after a failure half-way, or to pick up later posts) updates what is
/// there and never adds a copy.
public sealed class ImportWordPress(
    SahifaDb db,
    ArticleBody articleBody,
    TimeProvider clock,
    IOptions<SiteOptions> site,
    IOptions<ImportOptions> options,
    IOptionsMonitor<CommentOptions> commentOptions,
    ImportWordPress.Gate gate)
{
    public const int BatchSize = 250;

    private const int MaxWarnings = 500;
    private const string Untitled = "بلا عنوان";

    // The name on imported revisions and "last edited by" in the newsroom.
    private const string Importer = "استيراد ووردبريس";

    // Raise when the conversion changes, so the next import rewrites every article with it.
    private const string ConverterVersion = "1";

    private static readonly HashSet<string> FingerprintMeta = new(StringComparer.Ordinal)
    {
        "_thumbnail_id", "_yoast_wpseo_metadesc", "rank_math_description", "_aioseo_description",
    };

    private readonly TimeZoneInfo _timeZone = TimeZoneInfo.FindSystemTimeZoneById(site.Value.TimeZone);
    private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _authors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WxrAuthor> _wpAuthors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WxrTerm> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WxrTerm> _wpTags = new(StringComparer.Ordinal);

    // Where each WordPress term and author ended up, for their archive redirects at the end.
    private readonly Dictionary<string, string> _categoryTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tagTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _authorTargets = new(StringComparer.Ordinal);

    private readonly ImportCounts _counts = new();
    private readonly List<ImportWarning> _warnings = [];
    private readonly Dictionary<string, (int Count, List<long> Ids)> _dropped = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skippedTypes = new(StringComparer.Ordinal);
    private int _warningsOmitted;
    private WxrSite _site = new("1.2", "", null, null);

    /// Throws <see cref="ImportException"/> when the file cannot be imported at all; nothing
    /// has been written then.
    public async Task<ImportReport> RunAsync(string path, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        if (!await gate.Semaphore.WaitAsync(0, ct))
        {
            throw new ImportException(
                ImportException.ImportRunning,
                "another import is running; wait for it to finish",
                "يجري استيراد آخر الآن؛ انتظر حتى ينتهي ثم أعد المحاولة.");
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            WxrSurvey survey;
            await using (var first = OpenRead(path))
            {
                survey = await Task.Run(() => WxrReader.Survey(first), ct);
            }

            await using (var second = OpenRead(path))
            {
                await ImportAsync(second, survey, progress, ct);
            }

            return new ImportReport(
                _counts,
                _warnings,
                _warningsOmitted,
                _dropped.OrderByDescending(d => d.Value.Count).Select(d => new DroppedMarkup(d.Key, d.Value.Count, d.Value.Ids)).ToList(),
                Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    /// One import at a time per site: two would race for the same slugs and terms.
    public sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);

    private async Task ImportAsync(Stream stream, WxrSurvey survey, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var posts = new List<WxrItem>(BatchSize);
        var media = new List<WxrItem>(BatchSize);
        var done = 0;
        foreach (var entry in WxrReader.Read(stream))
        {
            ct.ThrowIfCancellationRequested();
            switch (entry)
            {
                case WxrSite header:
                    _site = header;
                    break;
                case WxrAuthor author:
                    _wpAuthors[author.Login] = author;
                    break;
                case WxrTerm { Taxonomy: WxrTerm.Category } category:
                    _categories[category.Nicename] = category;
                    break;
                case WxrTerm tag:
                    _wpTags[tag.Nicename] = tag;
                    break;
                case WxrItem item:
                    Sort(item, posts, media);
                    if (posts.Count >= BatchSize || media.Count >= BatchSize)
                    {
                        await SaveBatchAsync(posts, media, ct);
                    }

                    progress?.Report(new ImportProgress(++done, survey.Items));
                    break;
            }
        }

        await SaveBatchAsync(posts, media, ct);
        await SaveArchiveRedirectsAsync(ct);
        await LinkMediaToArticlesAsync(ct);
        foreach (var type in _skippedTypes.Order(StringComparer.Ordinal))
        {
            Warn(null, "post_type_skipped", $"عناصر من النوع «{type}» لم تُستورد؛ صحيفة لا تعرف هذا النوع.");
        }
    }

    private void Sort(WxrItem item, List<WxrItem> posts, List<WxrItem> media)
    {
        switch (item.PostType)
        {
            case "post":
                posts.Add(item);
                break;
            case "attachment":
                media.Add(item);
                break;
            case "page":
                _counts.PagesSkipped++;
                Warn(item.Id, "page_skipped", $"الصفحة الثابتة «{item.Title}» لم تُستورد: ليس في صحيفة صفحات ثابتة بعد.");
                break;

            // WordPress's own machinery, not content.
            case "revision" or "nav_menu_item" or "custom_css" or "customize_changeset" or "oembed_cache" or "user_request"
                or "wp_block" or "wp_template" or "wp_template_part" or "wp_global_styles" or "wp_navigation" or "wp_font_family"
                or "wp_font_face" or "scheduled-action" or "wpcf7_contact_form":
                _counts.OtherItemsSkipped++;
                break;
            default:
                _counts.OtherItemsSkipped++;
                _skippedTypes.Add(item.PostType);
                break;
        }
    }

    private async Task SaveBatchAsync(List<WxrItem> posts, List<WxrItem> media, CancellationToken ct)
    {
        if (posts.Count == 0 && media.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SavePostsAsync(posts, ct);
        await SaveMediaAsync(media, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        posts.Clear();
        media.Clear();
    }

    private async Task SavePostsAsync(List<WxrItem> items, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = items.Select(i => i.Id).ToList();
        var mapped = await db.ImportedItems
            .Where(i => i.Kind == ImportedKind.Post && ids.Contains(i.WordPressId))
            .ToDictionaryAsync(i => i.WordPressId, ct);
        var articleIds = mapped.Values.Select(m => m.SahifaId).ToList();
        var existing = await db.Articles
            .Include(a => a.Authors).Include(a => a.Tags)
            .Where(a => articleIds.Contains(a.Id))
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Id, ct);

        await PrepareTermsAsync(items, ct);
        var saved = new List<(WxrItem Item, Article Article, ImportedItem Map)>();
        var kept = new List<(WxrItem Item, int ArticleId)>();
        var newSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            var status = Status(item);
            if (status is null)
            {
                continue;
            }

            mapped.TryGetValue(item.Id, out var map);
            var article = map is not null && existing.TryGetValue(map.SahifaId, out var found) ? found : null;
            if (article is not null && map!.ArticleVersion is { } written && article.Version != written)
            {
                _counts.PostsKept++;
                Warn(item.Id, "kept_newsroom_edits", $"المادة «{article.Headline}» عُدّلت في صحيفة بعد استيرادها، فلم يُكتب فوقها.");
                kept.Add((item, article.Id));
                continue;
            }

            NoteArchives(item);
            var fingerprint = Fingerprint(item);
            if (article is not null && map!.Fingerprint == fingerprint)
            {
                _counts.PostsUnchanged++;
                saved.Add((item, article, map));
                continue;
            }

            var isNew = article is null;
            article ??= new Article { Slug = "", Headline = "", CreatedAt = now };

            Apply(article, item, status.Value, now);
            if (isNew)
            {
                article.Slug = Slugs.FromHeadline(item.Slug ?? article.Headline, ArticleRules.MaxSlugLength - 6);
                newSlugs.Add(article.Slug);
                db.Articles.Add(article);
                _counts.PostsCreated++;
            }
            else
            {
                _counts.PostsUpdated++;
            }

            if (map is null)
            {
                map = new ImportedItem { Kind = ImportedKind.Post, WordPressId = item.Id };
                db.ImportedItems.Add(map);
            }

            map.FeaturedMediaId = item.Meta.TryGetValue("_thumbnail_id", out var thumbnail) && long.TryParse(thumbnail, out var t) && t > 0 ? t : null;
            map.ImportedAt = now;
            map.Fingerprint = fingerprint;
            saved.Add((item, article, map));
        }

        await MakeSlugsUniqueAsync(saved.Select(s => s.Article).Where(a => a.Id == 0 && newSlugs.Contains(a.Slug)).ToList(), ct);
        await db.SaveChangesAsync(ct);

        var redirects = new List<(string Path, string Target, long Id)>();
        foreach (var (item, article, map) in saved)
        {
            map.SahifaId = article.Id;
            map.ArticleVersion = article.Version;
            if (article.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
            {
                var target = ArticleUrls.Article(article.Id, article.Slug);
                var localDate = item.Date ?? (item.DateGmt is { } gmt ? TimeZoneInfo.ConvertTimeFromUtc(gmt, _timeZone) : null);
                foreach (var path in LegacyPaths.ForPost(_site.BlogPath, item.Id, item.Link, item.Slug, localDate))
                {
                    redirects.Add((path, target, item.Id));
                }
            }
        }

        await SaveRedirectsAsync(redirects, ct);
        await db.SaveChangesAsync(ct);
        await SaveCommentsAsync([.. saved.Select(s => (s.Item, s.Article.Id)), .. kept], now, ct);
    }

    // Comments are keyed by their WordPress id like posts. A reply needs its parent's new id, so
    // the batch's comments are saved a level at a time; WordPress gives a parent a lower id than
    // its replies, so one pass in id order per level finds them all.
    private async Task SaveCommentsAsync(List<(WxrItem Item, int ArticleId)> posts, DateTime now, CancellationToken ct)
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
        var maxDepth = commentOptions.CurrentValue.MaxDepth;
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
                    _counts.CommentsSkipped++;
                    continue;
                }

                var fingerprint = CommentFingerprint(wp);
                maps.TryGetValue(wp.Id, out var map);
                var comment = map is not null && existing.TryGetValue(map.SahifaId, out var found) ? found : null;
                if (comment is not null && map!.Fingerprint == fingerprint)
                {
                    _counts.CommentsUnchanged++;
                    continue;
                }

                var isNew = comment is null;
                comment ??= new Comment { ArticleId = articleId, AuthorName = "", Email = "", EmailKey = "", Body = "" };
                if (!ApplyComment(comment, wp, postId, placed, maxDepth, now))
                {
                    _counts.CommentsSkipped++;
                    continue;
                }

                if (isNew)
                {
                    db.Comments.Add(comment);
                    _counts.CommentsCreated++;
                }
                else
                {
                    _counts.CommentsUpdated++;
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

    private bool ApplyComment(Comment comment, WxrComment wp, long postId, Dictionary<long, Comment> placed, int maxDepth, DateTime now)
    {
        var body = CommentText.Clean(WordPressContent.CommentToText(wp.Content));
        if (body.Length == 0)
        {
            Warn(wp.Id, "empty_comment", $"تعليق فارغ على المنشور {postId}، فلم يُستورد.");
            return false;
        }

        if (body.Length > Comment.BodyColumnLength)
        {
            Warn(wp.Id, "comment_shortened", $"تعليق على المنشور {postId} أطول من {Comment.BodyColumnLength} حرف فاختُصر.");
            body = Shorten(body, Comment.BodyColumnLength);
        }

        var name = ArabicText.CleanForDisplay(WordPressContent.ToPlainText(wp.Author));
        comment.AuthorName = name.Length == 0 ? "قارئ" : Shorten(name, Comment.MaxNameLength);

        // Staff-only, as for every reader's comment: no page, feed or public API reads it.
        var email = (wp.Email ?? "").Trim();
        comment.Email = email.Length <= Comment.MaxEmailLength ? email : "";
        comment.EmailKey = comment.Email.ToLowerInvariant();
        comment.Body = body;
        comment.CreatedAt = wp.DateGmt ?? (wp.Date is { } local ? ToUtc(local) : now);

        // Same nesting rule as a new reply: one to the deepest level joins its parent's thread.
        (comment.ParentId, comment.Depth) = wp.ParentId != 0 && placed.TryGetValue(wp.ParentId, out var parent)
            ? parent.Depth + 1 < maxDepth ? (parent.Id, parent.Depth + 1) : (parent.ParentId, parent.Depth)
            : (null, 0);

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

    private static string CommentFingerprint(WxrComment c) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            ConverterVersion, c.ParentId, c.Author, c.Email, c.Content, c.Approved, c.Type,
            c.Date?.ToString("O", CultureInfo.InvariantCulture), c.DateGmt?.ToString("O", CultureInfo.InvariantCulture)))));

    private void Apply(Article article, WxrItem item, ArticleStatus status, DateTime now)
    {
        article.Headline = Headline(item);
        article.Standfirst = Standfirst(item);

        var converted = WordPressContent.ToMarkdown(item.Content, _site.BaseSiteUrl);
        foreach (var name in converted.Dropped)
        {
            Dropped(name, item.Id);
        }

        if (converted.Markdown.Length == 0 && item.Content.Trim().Length > 0)
        {
            Warn(item.Id, "empty_body", $"لم يبقَ من نص «{article.Headline}» شيء يُعرض بعد التنظيف.");
        }

        article.BodyMarkdown = converted.Markdown;
        article.BodyHtml = articleBody.ToHtml(converted.Markdown);
        article.Status = status;
        article.TypeOfWork = TypeOfWork.News;
        article.CommentsClosed = item.CommentsClosed;

        var instant = item.DateGmt ?? (item.Date is { } local ? ToUtc(local) : null);
        article.CreatedAt = instant ?? article.CreatedAt;
        article.PublishedAt = status is ArticleStatus.Published or ArticleStatus.Scheduled ? instant ?? now : null;
        // WordPress's last edit; a scheduled post's date is still to come, so it is no edit time.
        article.UpdatedAt = item.ModifiedGmt ?? (instant is { } past && past <= now ? past : now);
        if (status == ArticleStatus.Scheduled && article.PublishedAt <= now)
        {
            Warn(item.Id, "missed_schedule", $"«{article.Headline}» كانت مجدولة لموعد مضى؛ ستُنشر فور عمل المجدول.");
        }

        var categories = item.Terms.Where(t => t.Domain == "category" && t.Name.Length > 0).ToList();
        var sectionName = categories.Count > 0 ? categories[0].Name : options.Value.DefaultSection;
        article.SectionId = SectionId(sectionName);

        var tagIds = new List<int>();
        var tagNames = new List<string>();
        foreach (var term in categories.Skip(1).Concat(item.Terms.Where(t => t.Domain == "post_tag" && t.Name.Length > 0)))
        {
            var id = TagId(term.Name);
            if (!tagIds.Contains(id))
            {
                tagIds.Add(id);
                tagNames.Add(Name(term.Name));
            }
        }

        if (tagIds.Count > ArticleRules.MaxTags)
        {
            Warn(item.Id, "too_many_tags", $"لـ«{article.Headline}» {tagIds.Count} وسمًا؛ استُورد أول {ArticleRules.MaxTags} منها.");
            tagIds = tagIds[..ArticleRules.MaxTags];
        }

        SetJoins(article.Tags, tagIds, t => t.TagId, (id, position) => new ArticleTag { TagId = id, Position = position }, (t, p) => t.Position = p);

        var authorIds = new List<int>();
        var authorNames = new List<string?>();
        if (item.Creator is { Length: > 0 } login)
        {
            var name = AuthorName(login);
            authorIds.Add(AuthorId(name));
            authorNames.Add(Name(name));
        }

        article.DeskName = authorIds.Count > 0 ? null : site.Value.DefaultDesk;
        SetJoins(article.Authors, authorIds, a => a.AuthorId, (id, position) => new ArticleAuthor { AuthorId = id, Position = position }, (a, p) => a.Position = p);

        // Like any save: a new version, and a revision the history can show and restore.
        article.Version++;
        article.LastEditedById = null;
        article.LastEditedByName = Importer;
        var snapshot = new ArticleInput
        {
            Title = article.Headline,
            Standfirst = article.Standfirst,
            Body = article.BodyMarkdown,
            Section = Name(sectionName),
            TypeOfWork = ArticleLabels.Code(article.TypeOfWork),
            Byline = new BylineInput(article.DeskName, authorNames),
            Sources = [],
            Tags = tagNames.Take(ArticleRules.MaxTags).Select(n => (TagInput?)new TagInput(n, null)).ToList(),
            Status = ArticleStates.Code(status),
            PublishedAt = article.PublishedAt is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null,
        };
        article.Revisions.Add(new ArticleRevision
        {
            Number = article.Version,
            CreatedAt = now,
            AuthorName = Importer,
            Headline = article.Headline,
            Standfirst = article.Standfirst,
            BodyMarkdown = article.BodyMarkdown,
            Status = status,
            Snapshot = JsonSerializer.Serialize(snapshot, SaveArticle.SnapshotJson),
            Note = $"استيراد من ووردبريس (المنشور {item.Id})",
        });
    }

    // Everything the import reads from an item, with the converter's own version: a re-import
    // rewrites an article only when its export changed or the conversion improved.
    private static string Fingerprint(WxrItem item)
    {
        var text = new StringBuilder(ConverterVersion);
        foreach (var part in (string?[])[item.Title, item.Content, item.Excerpt, item.Status, item.Slug, item.Creator, item.Link, item.CommentsClosed ? "closed" : "open",
            item.Date?.ToString("O", CultureInfo.InvariantCulture), item.DateGmt?.ToString("O", CultureInfo.InvariantCulture),
            item.ModifiedGmt?.ToString("O", CultureInfo.InvariantCulture)])
        {
            text.Append('\u001f').Append(part);
        }

        foreach (var term in item.Terms)
        {
            text.Append('\u001e').Append(term.Domain).Append('\u001f').Append(term.Nicename).Append('\u001f').Append(term.Name);
        }

        foreach (var (key, value) in item.Meta.Where(m => FingerprintMeta.Contains(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append('\u001d').Append(key).Append('\u001f').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Where the post's category, tag and author archives went, for their redirects at the end.
    // Noted for unchanged posts too, so a re-run completes an import that stopped half-way.
    private void NoteArchives(WxrItem item)
    {
        var categories = item.Terms.Where(t => t.Domain == "category" && t.Name.Length > 0).ToList();
        if (categories.Count > 0)
        {
            _categoryTargets[categories[0].Nicename] = ArticleUrls.Section(Slugs.FromHeadline(Name(categories[0].Name)));
        }

        foreach (var term in categories.Skip(1))
        {
            _categoryTargets.TryAdd(term.Nicename, ArticleUrls.Tag(Slugs.FromHeadline(Name(term.Name))));
        }

        foreach (var term in item.Terms.Where(t => t.Domain == "post_tag" && t.Name.Length > 0))
        {
            _tagTargets[term.Nicename] = ArticleUrls.Tag(Slugs.FromHeadline(Name(term.Name)));
        }

        if (item.Creator is { Length: > 0 } login)
        {
            var name = AuthorName(login);
            _authorTargets[login] = ArticleUrls.Author(Slugs.FromHeadline(Name(name)));
        }
    }

    // Join rows are changed in place rather than cleared and re-added, so a re-import touches
    // only what changed.
    private static void SetJoins<T>(List<T> joins, List<int> ids, Func<T, int> idOf, Func<int, int, T> create, Action<T, int> setPosition)
    {
        joins.RemoveAll(j => !ids.Contains(idOf(j)));
        for (var position = 0; position < ids.Count; position++)
        {
            var join = joins.FirstOrDefault(j => idOf(j) == ids[position]);
            if (join is null)
            {
                joins.Add(create(ids[position], position));
            }
            else
            {
                setPosition(join, position);
            }
        }
    }

    private ArticleStatus? Status(WxrItem item)
    {
        switch (item.Status)
        {
            case "publish":
                _counts.Published++;
                return ArticleStatus.Published;
            case "future":
                _counts.Scheduled++;
                return ArticleStatus.Scheduled;
            case "pending":
                _counts.InReview++;
                return ArticleStatus.InReview;
            case "draft":
                _counts.Drafts++;
                return ArticleStatus.Draft;

            // Private posts were for logged-in staff only: they stay out of public view as drafts.
            // Not Unpublished, which says the piece was public once and answers 410 Gone.
            case "private":
                _counts.Private++;
                return ArticleStatus.Draft;
            case "auto-draft" or "inherit":
                _counts.PostsSkipped++;
                return null;
            case "trash":
                _counts.PostsSkipped++;
                Warn(item.Id, "trashed_skipped", $"«{item.Title}» في سلة المهملات في ووردبريس، فلم تُستورد.");
                return null;
            default:
                _counts.PostsSkipped++;
                Warn(item.Id, "unknown_status", $"«{item.Title}» بحالة غير معروفة «{item.Status}»، فلم تُستورد.");
                return null;
        }
    }

    private string Headline(WxrItem item)
    {
        var headline = ArabicText.CleanForDisplay(WordPressContent.ToPlainText(item.Title));
        if (headline.Length == 0 || !headline.Any(char.IsLetterOrDigit))
        {
            Warn(item.Id, "untitled", $"منشور بلا عنوان؛ سُمّي «{Untitled}».");
            return Untitled;
        }

        if (headline.Length > ArticleRules.MaxHeadlineLength)
        {
            Warn(item.Id, "headline_shortened", $"العنوان أطول من {ArticleRules.MaxHeadlineLength} حرف فاختُصر.");
            return Shorten(headline, ArticleRules.MaxHeadlineLength);
        }

        return headline;
    }

    // The excerpt, else the description an SEO plugin kept for search engines.
    private static string Standfirst(WxrItem item)
    {
        var text = WordPressContent.ToPlainText(item.Excerpt);
        foreach (var key in (string[])["_yoast_wpseo_metadesc", "rank_math_description", "_aioseo_description"])
        {
            if (text.Length > 0)
            {
                break;
            }

            text = item.Meta.TryGetValue(key, out var description) ? WordPressContent.ToPlainText(description) : "";
        }

        return Shorten(ArabicText.CleanForDisplay(text), ArticleRules.MaxStandfirstLength);
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }

    private DateTime ToUtc(DateTime local)
    {
        // A wall-clock time skipped by a daylight-saving change is an hour later in reality.
        if (_timeZone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _timeZone);
    }

    private static string Name(string name)
    {
        var clean = ArabicText.CleanForDisplay(WordPressContent.ToPlainText(name));
        return clean.Length > ArticleRules.MaxNameLength ? Shorten(clean, ArticleRules.MaxNameLength) : clean;
    }

    // Every section, tag and byline a batch needs, found or created in three queries and one
    // save, so an article's rows are written with it rather than one save per new term.
    private async Task PrepareTermsAsync(List<WxrItem> items, CancellationToken ct)
    {
        var sections = new List<string>();
        var tags = new List<string>();
        var authors = new List<string>();
        foreach (var item in items.Where(i => i.Status is "publish" or "future" or "pending" or "draft" or "private"))
        {
            var categories = item.Terms.Where(t => t.Domain == "category" && t.Name.Length > 0).ToList();
            sections.Add(categories.Count > 0 ? categories[0].Name : options.Value.DefaultSection);
            tags.AddRange(categories.Skip(1).Concat(item.Terms.Where(t => t.Domain == "post_tag" && t.Name.Length > 0)).Select(t => t.Name));
            if (item.Creator is { Length: > 0 } login)
            {
                authors.Add(AuthorName(login));
            }
        }

        var position = -1;
        await PrepareAsync(_sections, sections, slugs => db.Sections.Where(s => slugs.Contains(s.Slug)).Select(s => new KeyValuePair<string, int>(s.Slug, s.Id)), async (name, slug) =>
        {
            position = position < 0 ? await db.Sections.CountAsync(ct) : position + 1;
            _counts.SectionsCreated++;
            return new Section { Name = name, Slug = slug, Position = position };
        }, s => new(s.Slug, s.Id), ct);
        await PrepareAsync(_tags, tags, slugs => db.Tags.Where(t => slugs.Contains(t.Slug)).Select(t => new KeyValuePair<string, int>(t.Slug, t.Id)), (name, slug) =>
        {
            _counts.TagsCreated++;
            return Task.FromResult(new Tag { Name = name, Slug = slug, Kind = TagKind.Topic });
        }, t => new(t.Slug, t.Id), ct);
        await PrepareAsync(_authors, authors, slugs => db.Authors.Where(a => slugs.Contains(a.Slug)).Select(a => new KeyValuePair<string, int>(a.Slug, a.Id)), (name, slug) =>
        {
            _counts.AuthorsCreated++;
            return Task.FromResult(new Author { Name = name, Slug = slug });
        }, a => new(a.Slug, a.Id), ct);
    }

    private async Task PrepareAsync<T>(
        Dictionary<string, int> known,
        List<string> rawNames,
        Func<List<string>, IQueryable<KeyValuePair<string, int>>> existing,
        Func<string, string, Task<T>> create,
        Func<T, KeyValuePair<string, int>> key,
        CancellationToken ct)
        where T : class
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in rawNames)
        {
            var name = Name(raw);
            var slug = Slugs.FromHeadline(name);
            if (!known.ContainsKey(slug))
            {
                wanted.TryAdd(slug, name);
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var (slug, id) in await existing([.. wanted.Keys]).ToListAsync(ct))
        {
            known[slug] = id;
        }

        var added = new List<T>();
        foreach (var (slug, name) in wanted.Where(w => !known.ContainsKey(w.Key)))
        {
            added.Add(await create(name, slug));
        }

        if (added.Count > 0)
        {
            db.AddRange(added);
            await db.SaveChangesAsync(ct);
            foreach (var (slug, id) in added.Select(key))
            {
                known[slug] = id;
            }
        }
    }

    private int SectionId(string rawName) => _sections[Slugs.FromHeadline(Name(rawName))];

    private int TagId(string rawName) => _tags[Slugs.FromHeadline(Name(rawName))];

    private int AuthorId(string rawName) => _authors[Slugs.FromHeadline(Name(rawName))];

    private string AuthorName(string login) => _wpAuthors.TryGetValue(login, out var author) ? author.DisplayName : login;

    // New articles take their old WordPress slug (readers recognise the address); one already
    // used by another article gets "-2", "-3"… as the newsroom's own do.
    private async Task MakeSlugsUniqueAsync(List<Article> articles, CancellationToken ct)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var wanted = articles.Select(a => a.Slug).Distinct().ToList();
        var taken = (await db.Articles.Where(a => wanted.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!taken.Contains(article.Slug) && claimed.Add(article.Slug))
            {
                continue;
            }

            article.Slug = await FreeSlugAsync(article.Slug, claimed, ct);
            claimed.Add(article.Slug);
        }
    }

    private async Task<string> FreeSlugAsync(string slug, HashSet<string> claimed, CancellationToken ct)
    {
        var prefix = slug + "-";
        var taken = (await db.Articles.Where(a => a.Slug.StartsWith(prefix)).Select(a => a.Slug).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        return Slugs.MakeUnique(slug, s => s == slug || taken.Contains(s) || claimed.Contains(s), ArticleRules.MaxSlugLength);
    }

    private async Task SaveRedirectsAsync(List<(string Path, string Target, long Id)> redirects, CancellationToken ct)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, target, id) in redirects)
        {
            if (path.Length > LegacyPaths.MaxPathLength)
            {
                Warn(id, "path_too_long", $"العنوان القديم أطول من {LegacyPaths.MaxPathLength} حرف فلن يُحوَّل: {path[..80]}…");
                continue;
            }

            wanted[path] = target;
        }

        if (wanted.Count == 0)
        {
            return;
        }

        var paths = wanted.Keys.ToList();
        var existing = await db.LegacyRedirects.Where(r => paths.Contains(r.Path)).ToDictionaryAsync(r => r.Path, StringComparer.Ordinal, ct);
        foreach (var (path, target) in wanted)
        {
            if (existing.TryGetValue(path, out var redirect))
            {
                redirect.Target = target;
            }
            else
            {
                db.LegacyRedirects.Add(new LegacyRedirect { Path = path, Target = target });
                _counts.Redirects++;
            }
        }
    }

    private async Task SaveMediaAsync(List<WxrItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = items.Select(i => i.Id).ToList();
        var existing = await db.ImportedMedia.Where(m => ids.Contains(m.WordPressId)).ToDictionaryAsync(m => m.WordPressId, ct);
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            var url = item.AttachmentUrl ?? item.Link;
            if (url is null || url.Length > LegacyPaths.MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                Warn(item.Id, "media_without_url", $"المرفق «{item.Title}» بلا عنوان صالح، فلم يُسجَّل.");
                continue;
            }

            if (!existing.TryGetValue(item.Id, out var media))
            {
                media = new ImportedMedia { WordPressId = item.Id, Url = url };
                db.ImportedMedia.Add(media);
            }

            media.Url = url;
            media.Title = Shorten(WordPressContent.ToPlainText(item.Title), 500);
            media.Caption = Shorten(WordPressContent.ToPlainText(item.Excerpt), 2000);
            media.WordPressParentId = item.ParentId;
            media.ImportedAt = now;
            _counts.Media++;
        }

        await db.SaveChangesAsync(ct);
    }

    // Category, tag and author archives, once every post has said which section or tag each
    // term became.
    private async Task SaveArchiveRedirectsAsync(CancellationToken ct)
    {
        var redirects = new List<(string, string, long)>();
        var blog = _site.BlogPath;
        foreach (var (nicename, target) in _categoryTargets)
        {
            redirects.Add((LegacyPaths.Normalize($"{blog}/category/{nicename}"), target, 0));
            if (_categories.TryGetValue(nicename, out var category))
            {
                redirects.Add((LegacyPaths.Normalize($"{blog}/category/{CategoryPath(category)}"), target, 0));
                if (category.Id is { } id)
                {
                    redirects.Add((LegacyPaths.Query("cat", id), target, 0));
                }
            }
        }

        foreach (var (nicename, target) in _tagTargets)
        {
            redirects.Add((LegacyPaths.Normalize($"{blog}/tag/{nicename}"), target, 0));
            redirects.Add((LegacyPaths.Query("tag", nicename), target, 0));
        }

        foreach (var (login, target) in _authorTargets)
        {
            redirects.Add((LegacyPaths.Normalize($"{blog}/author/{AuthorNicename(login)}"), target, 0));
            if (_wpAuthors.TryGetValue(login, out var author) && author.Id is { } id)
            {
                redirects.Add((LegacyPaths.Query("author", id), target, 0));
            }
        }

        foreach (var chunk in redirects.Chunk(BatchSize * 4))
        {
            await SaveRedirectsAsync([.. chunk], ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    // "/category/parent/child": WordPress puts a subcategory under its ancestors.
    private string CategoryPath(WxrTerm category)
    {
        var path = category.Nicename;
        var parent = category.ParentNicename;
        for (var depth = 0; parent is not null && depth < 10 && _categories.TryGetValue(parent, out var up); depth++)
        {
            path = up.Nicename + "/" + path;
            parent = up.ParentNicename;
        }

        return path;
    }

    // WordPress derives an author's address from the login: lower case, with anything but
    // letters, digits and hyphens made a hyphen.
    private static string AuthorNicename(string login) =>
        string.Concat(login.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));

    private async Task LinkMediaToArticlesAsync(CancellationToken ct) =>
        await db.ImportedMedia
            .Where(m => m.WordPressParentId != null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(
                    m => m.ArticleId,
                    m => db.ImportedItems
                        .Where(i => i.Kind == ImportedKind.Post && i.WordPressId == m.WordPressParentId)
                        .Select(i => (int?)i.SahifaId)
                        .FirstOrDefault()),
                ct);

    private void Warn(long? id, string code, string message)
    {
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(new ImportWarning(id, code, message));
        }
        else
        {
            _warningsOmitted++;
        }
    }

    private void Dropped(string name, long id)
    {
        var (count, ids) = _dropped.TryGetValue(name, out var seen) ? seen : (0, new List<long>());
        if (ids.Count < 20 && !ids.Contains(id))
        {
            ids.Add(id);
        }

        _dropped[name] = (count + 1, ids);
    }
}
