using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
using Sahifa.Web.Shared;

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
///
/// Attachments come first, in a pass of their own over the file: WordPress may export an
/// attachment before or after the posts that show it, and this way a post is written once, its
/// lead image and body images already the library's. Their files come into the library only with
/// a copy of the site's `wp-content/uploads`; without one, the photographs stay on the old host
/// and the report says how to bring them over.
///
/// This file is the run's order of work. A post's fields come from the pure mapping
/// (<see cref="WordPressPost"/>); terms, comments, redirects and media are parts of their own
/// (<see cref="ImportTerms"/>, <see cref="ImportComments"/>, <see cref="ImportRedirects"/>,
/// <see cref="ImportMedia"/>) sharing one <see cref="ImportRun"/>; slugs, revisions, sections,
/// tags, bylines and reply nesting are the owning features' rules, called in batches rather than
/// one editor's save per post.
public sealed class ImportWordPress(
    SahifaDb db,
    ArticleBody articleBody,
    TimeProvider clock,
    IOptions<SiteOptions> site,
    IOptions<ImportOptions> options,
    IOptionsMonitor<CommentOptions> commentOptions,
    UploadMedia upload,
    IOptions<MediaOptions> media,
    Editions.SiteEditions editions,
    ImportWordPress.Gate gate)
{
    public const int BatchSize = 250;

    public const string UploadsNotFound = "uploads_not_found";

    // The name on imported revisions and "last edited by" in the newsroom.
    private static readonly StaffActor Importer = new(null, ImportComments.Importer);

    /// The export alone: attachments are recorded by URL and their files stay on the old host.
    public Task<ImportReport> RunAsync(string path, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        RunAsync(path, uploads: null, progress, ct);

    /// Throws <see cref="ImportException"/> when the file cannot be imported at all; nothing
    /// has been written then.
    /// <param name="uploads">A copy of the site's `wp-content/uploads`, whose original photographs
    /// come into the library; null to leave them on the old host.</param>
    public async Task<ImportReport> RunAsync(string path, string? uploads, IProgress<ImportProgress>? progress, CancellationToken ct)
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
            var folder = uploads is null ? null : OpenUploads(uploads);
            WxrSurvey survey;
            await using (var first = OpenRead(path))
            {
                survey = await Task.Run(() => WxrReader.Survey(first), ct);
            }

            var run = new ImportRun(options.Value, TimeZoneInfo.FindSystemTimeZoneById(site.Value.TimeZone)) { Edition = editions.Primary.Code };
            var parts = new Parts(db, run, commentOptions.CurrentValue.MaxDepth, new ImportMedia(db, run, upload, folder, media.Value));
            var done = 0;
            if (survey.Attachments > 0)
            {
                await using var attachments = OpenRead(path);
                done = await ImportAttachmentsAsync(attachments, survey, parts, progress, ct);
            }

            await using (var second = OpenRead(path))
            {
                await ImportAsync(second, survey, parts, done, progress, ct);
            }

            return run.Report(Stopwatch.GetElapsedTime(started));
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

    private sealed class Parts(SahifaDb db, ImportRun run, int maxDepth, ImportMedia media)
    {
        public ImportRun Run => run;
        public ImportTerms Terms { get; } = new(db, run);
        public ImportComments Comments { get; } = new(db, run, maxDepth);
        public ImportRedirects Redirects { get; } = new(db, run);
        public ImportMedia Media => media;
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);

    private static UploadsFolder OpenUploads(string path)
    {
        try
        {
            return new UploadsFolder(path);
        }
        catch (IOException)
        {
            throw new ImportException(
                UploadsNotFound,
                $"no such folder: {path}",
                $"مجلد الرفع «{path}» غير موجود؛ انسخ مجلد wp-content/uploads من الموقع القديم وسمِّه.");
        }
    }

    // The attachments, before any post: their files go into the library one at a time, and the
    // rows that say where each went are saved a batch at a time.
    private async Task<int> ImportAttachmentsAsync(Stream stream, WxrSurvey survey, Parts parts, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var batch = new List<WxrItem>(BatchSize);
        var done = 0;
        foreach (var entry in WxrReader.Read(stream))
        {
            ct.ThrowIfCancellationRequested();
            if (entry is WxrSite header)
            {
                parts.Run.Site = header;
            }
            else if (entry is WxrItem { PostType: "attachment" } item)
            {
                batch.Add(item);
                if (batch.Count >= BatchSize)
                {
                    await parts.Media.SaveAsync(batch, clock.GetUtcNow().UtcDateTime, ct);
                    batch.Clear();
                }

                progress?.Report(new ImportProgress(++done, survey.Items));
            }
        }

        await parts.Media.SaveAsync(batch, clock.GetUtcNow().UtcDateTime, ct);
        return done;
    }

    private async Task ImportAsync(Stream stream, WxrSurvey survey, Parts parts, int done, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var run = parts.Run;
        var posts = new List<WxrItem>(BatchSize);
        foreach (var entry in WxrReader.Read(stream))
        {
            ct.ThrowIfCancellationRequested();
            switch (entry)
            {
                case WxrSite header:
                    run.Site = header;
                    break;
                case WxrAuthor author:
                    run.WordPressAuthors[author.Login] = author;
                    break;
                case WxrTerm { Taxonomy: WxrTerm.Category } category:
                    run.Categories[category.Nicename] = category;
                    break;
                case WxrTerm tag:
                    run.WordPressTags[tag.Nicename] = tag;
                    break;
                // Attachments had their own pass, before this one.
                case WxrItem { PostType: "attachment" }:
                    break;
                case WxrItem item:
                    Sort(run, item, posts);
                    if (posts.Count >= BatchSize)
                    {
                        await SaveBatchAsync(parts, posts, ct);
                    }

                    progress?.Report(new ImportProgress(++done, survey.Items));
                    break;
            }
        }

        await SaveBatchAsync(parts, posts, ct);
        await parts.Redirects.SaveArchivesAsync(BatchSize * 4, ct);
        await parts.Media.LinkToArticlesAsync(ct);
        if (!parts.Media.CopiesFiles && run.MediaLeftBehind + run.PhotosOnOldHost > 0)
        {
            // First in the list, whatever else the import found: it concerns every photograph.
            run.WarnFirst(new ImportWarning(null, "media_not_copied",
                "بقيت الصور على الموقع القديم وتُعرض من هناك؛ ملف التصدير وحده لا ينقلها، سواء رُفع في غرفة الأخبار أو عبر الواجهة البرمجية. "
                + "لنقلها إلى مكتبة صحيفة انسخ مجلد wp-content/uploads من الموقع القديم إلى الخادم (وهو DIR) وشغّل من سطر الأوامر: "
                + "sahifa import wordpress FILE --uploads DIR"));
        }

        foreach (var type in run.SkippedTypes.Order(StringComparer.Ordinal))
        {
            run.Warn(null, "post_type_skipped", $"عناصر من النوع «{type}» لم تُستورد؛ صحيفة لا تعرف هذا النوع.");
        }
    }

    private static void Sort(ImportRun run, WxrItem item, List<WxrItem> posts)
    {
        switch (item.PostType)
        {
            case "post":
                posts.Add(item);
                break;
            case "page":
                run.Counts.PagesSkipped++;
                run.Warn(item.Id, "page_skipped", $"الصفحة الثابتة «{item.Title}» لم تُستورد: ليس في صحيفة صفحات ثابتة بعد.");
                break;

            // WordPress's own machinery, not content.
            case "revision" or "nav_menu_item" or "custom_css" or "customize_changeset" or "oembed_cache" or "user_request"
                or "wp_block" or "wp_template" or "wp_template_part" or "wp_global_styles" or "wp_navigation" or "wp_font_family"
                or "wp_font_face" or "scheduled-action" or "wpcf7_contact_form":
                run.Counts.OtherItemsSkipped++;
                break;
            default:
                run.Counts.OtherItemsSkipped++;
                run.SkippedTypes.Add(item.PostType);
                break;
        }
    }

    private async Task SaveBatchAsync(Parts parts, List<WxrItem> posts, CancellationToken ct)
    {
        if (posts.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SavePostsAsync(parts, posts, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        posts.Clear();
    }

    private async Task SavePostsAsync(Parts parts, List<WxrItem> items, CancellationToken ct)
    {
        var run = parts.Run;
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

        await parts.Terms.PrepareAsync(items, ct);
        var (photos, library) = await parts.Media.LookupAsync(items, ct);
        var saved = new List<(WxrItem Item, Article Article, ImportedItem Map)>();
        var kept = new List<(WxrItem Item, int ArticleId)>();
        var created = new List<Article>();
        foreach (var item in items.DistinctBy(i => i.Id))
        {
            var status = WordPressPost.StatusOf(item.Status);
            Count(run, item);
            if (status is null)
            {
                continue;
            }

            mapped.TryGetValue(item.Id, out var map);
            var article = map is not null && existing.TryGetValue(map.SahifaId, out var found) ? found : null;
            if (article is not null && map!.ArticleVersion is { } written && article.Version != written)
            {
                run.Counts.PostsKept++;
                run.Warn(item.Id, "kept_newsroom_edits", $"المادة «{article.Headline}» عُدّلت في صحيفة بعد استيرادها، فلم يُكتب فوقها.");
                kept.Add((item, article.Id));
                continue;
            }

            parts.Terms.NoteArchives(item);
            var fingerprint = WordPressPost.Fingerprint(item, photos);
            if (article is not null && map!.Fingerprint == fingerprint)
            {
                run.Counts.PostsUnchanged++;
                saved.Add((item, article, map));
                continue;
            }

            var isNew = article is null;
            article ??= new Article { Slug = "", Headline = "", CreatedAt = now, Edition = run.Edition };

            Apply(parts, article, item, WordPressPost.Map(item, status.Value, run.Mapping, now, photos), library, status.Value, now);
            if (isNew)
            {
                // New articles take their old WordPress slug (readers recognise the address); one
                // already used gets "-2", "-3"… as the newsroom's own do, below.
                article.Slug = Slugs.FromHeadline(item.Slug ?? article.Headline, ArticleRules.MaxSlugLength - 6);
                created.Add(article);
                db.Articles.Add(article);
                run.Counts.PostsCreated++;
            }
            else
            {
                run.Counts.PostsUpdated++;
            }

            if (map is null)
            {
                map = new ImportedItem { Kind = ImportedKind.Post, WordPressId = item.Id };
                db.ImportedItems.Add(map);
            }

            map.FeaturedMediaId = WordPressPhotos.FeaturedId(item);
            map.ImportedAt = now;
            map.Fingerprint = fingerprint;
            saved.Add((item, article, map));
        }

        var slugs = await db.UniqueArticleSlugsAsync([.. created.Select(a => a.Slug)], selfId: 0, ct);
        for (var i = 0; i < created.Count; i++)
        {
            created[i].Slug = slugs[i];
        }

        await db.SaveChangesAsync(ct);

        var redirects = new List<(string Path, string Target, long Id)>();
        foreach (var (item, article, map) in saved)
        {
            map.SahifaId = article.Id;
            map.ArticleVersion = article.Version;
            if (article.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
            {
                var target = ArticleUrls.Article(article.Id, article.Slug);
                var localDate = item.Date ?? (item.DateGmt is { } gmt ? TimeZoneInfo.ConvertTimeFromUtc(gmt, run.TimeZone) : null);
                foreach (var path in LegacyPaths.ForPost(run.Site.BlogPath, item.Id, item.Link, item.Slug, localDate))
                {
                    redirects.Add((path, target, item.Id));
                }
            }
        }

        await parts.Redirects.AddAsync(redirects, ct);
        await db.SaveChangesAsync(ct);
        await parts.Comments.SaveAsync([.. saved.Select(s => (s.Item, s.Article.Id)), .. kept], now, ct);
    }

    // The report's tally by WordPress status, beside the mapping's decision (WordPressPost.StatusOf).
    private static void Count(ImportRun run, WxrItem item)
    {
        switch (item.Status)
        {
            case "publish":
                run.Counts.Published++;
                break;
            case "future":
                run.Counts.Scheduled++;
                break;
            case "pending":
                run.Counts.InReview++;
                break;
            case "draft":
                run.Counts.Drafts++;
                break;
            case "private":
                run.Counts.Private++;
                break;
            case "auto-draft" or "inherit":
                run.Counts.PostsSkipped++;
                break;
            case "trash":
                run.Counts.PostsSkipped++;
                run.Warn(item.Id, "trashed_skipped", $"«{item.Title}» في سلة المهملات في ووردبريس، فلم تُستورد.");
                break;
            default:
                run.Counts.PostsSkipped++;
                run.Warn(item.Id, "unknown_status", $"«{item.Title}» بحالة غير معروفة «{item.Status}»، فلم تُستورد.");
                break;
        }
    }

    // The mapped post onto the entity. Like any save: a new version, and a revision the history
    // can show and restore, built by the same factory as the newsroom's.
    private void Apply(Parts parts, Article article, WxrItem item, MappedPost post, Dictionary<string, MediaView> library, ArticleStatus status, DateTime now)
    {
        foreach (var warning in post.Warnings)
        {
            parts.Run.Warn(warning);
        }

        foreach (var name in post.Dropped)
        {
            parts.Run.Dropped(name, item.Id);
        }

        article.Headline = post.Headline;
        article.Standfirst = post.Standfirst;
        article.BodyMarkdown = post.BodyMarkdown;
        article.BodyHtml = articleBody.ToHtml(post.BodyMarkdown, library);
        article.LeadImageId = post.Lead?.MediaId;
        article.LeadImageAlt = post.Lead?.Alt;
        article.LeadImageCaption = post.Lead?.Caption;
        article.LeadImageCredit = null;
        parts.Run.PhotosOnOldHost += post.PhotosOnOldHost;
        article.Status = status;
        article.TypeOfWork = TypeOfWork.News;
        article.CommentsClosed = post.CommentsClosed;
        article.CreatedAt = post.CreatedAt ?? article.CreatedAt;
        article.PublishedAt = post.PublishedAt;
        article.UpdatedAt = post.UpdatedAt;
        article.SectionId = parts.Terms.SectionId(post.Section);
        SetJoins(article.Tags, [.. post.Tags.Select(parts.Terms.TagId)], t => t.TagId, (id, position) => new ArticleTag { TagId = id, Position = position }, (t, p) => t.Position = p);

        List<int> authorIds = post.Byline is { } byline ? [parts.Terms.AuthorId(byline)] : [];
        article.DeskName = authorIds.Count > 0 ? null : site.Value.DefaultDesk;
        SetJoins(article.Authors, authorIds, a => a.AuthorId, (id, position) => new ArticleAuthor { AuthorId = id, Position = position }, (a, p) => a.Position = p);

        article.Version++;
        article.LastEditedById = Importer.Id;
        article.LastEditedByName = Importer.Name;
        var input = new ArticleInput
        {
            Title = article.Headline,
            Standfirst = article.Standfirst,
            Body = article.BodyMarkdown,
            Section = post.Section,
            TypeOfWork = ArticleLabels.Code(article.TypeOfWork),
            Byline = new BylineInput(article.DeskName, post.Byline is { } author ? [author] : []),
            Sources = [],
            Tags = post.Tags.Select(n => (TagInput?)new TagInput(n, null)).ToList(),
            Image = post.Lead is { } lead ? new ImageInput(lead.MediaId, lead.Alt, lead.Caption) : null,
        };
        article.Revisions.Add(ArticleRevision.Of(article, input, Importer, now, $"استيراد من ووردبريس (المنشور {item.Id})"));
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
}
