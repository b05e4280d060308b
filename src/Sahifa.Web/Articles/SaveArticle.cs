using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Authors;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Media;
using Sahifa.Web.Sections;
using Sahifa.Web.Shared;
using Sahifa.Web.Sources;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Articles;

/// Creates and replaces articles from validated input. Sections, sources, tags and authors are
/// matched by slug, so "الــرقة" and "الرقة" are one tag, and created when new.
public sealed class SaveArticle(SahifaDb db, ArticleBody body, TimeProvider clock, IOptions<SiteOptions> site, IHttpContextAccessor http, IOptionsMonitor<CommentOptions> comments)
{
    // Each lost race (a slug, section, tag or source someone else just created) costs one attempt;
    // a breaking story filed by several people at once can lose a few in a row.
    private const int Attempts = 10;

    /// The caller has validated the input with <see cref="ArticleRules.Validate"/>.
    public async Task<int> CreateAsync(ArticleInput input, CancellationToken ct) =>
        await CreateAsync(input, new ArticleEdit(), ct) is { Outcome: SaveOutcome.Saved } saved
            ? saved.Id
            : throw new InvalidOperationException("the article's lead image is not in the library or has no alt text");

    public Task<SaveResult> CreateAsync(ArticleInput input, ArticleEdit edit, CancellationToken ct) =>
        WithRetryOnConflictAsync(async () =>
        {
            if (await ImageErrorsAsync(input, ct) is { } invalid)
            {
                return invalid;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var article = new Article
            {
                Slug = "",
                Headline = "",
                CreatedAt = now,
                CreatedById = Actor.Id,
                // The site's default when the article is created; the editor may open or close
                // the thread later (Newsroom/Comments/Thread).
                CommentsClosed = !comments.CurrentValue.OpenByDefault,
            };
            await ApplyAsync(article, input, edit, now, ct);
            db.Articles.Add(article);
            await db.SaveChangesAsync(ct);
            return new SaveResult(SaveOutcome.Saved, article.Id, article.Version);
        });

    /// False when there is no such article.
    public async Task<bool> UpdateAsync(int id, ArticleInput input, CancellationToken ct) =>
        (await UpdateAsync(id, input, new ArticleEdit(), ct)).Outcome == SaveOutcome.Saved;

    /// Refused with <see cref="SaveOutcome.Conflict"/> when the edit was based on an older version
    /// than the one saved now: someone else saved in between.
    public Task<SaveResult> UpdateAsync(int id, ArticleInput input, ArticleEdit edit, CancellationToken ct) =>
        WithRetryOnConflictAsync(async () =>
        {
            var article = await db.Articles
                .Include(a => a.Authors).Include(a => a.Sources).Include(a => a.Tags)
                .SingleOrDefaultAsync(a => a.Id == id, ct);
            if (article is null)
            {
                return new SaveResult(SaveOutcome.NotFound);
            }

            if (edit.BasedOnVersion is { } basedOn && basedOn != article.Version)
            {
                return new SaveResult(SaveOutcome.Conflict, article.Id, article.Version);
            }

            if (await ImageErrorsAsync(input, ct) is { } invalid)
            {
                return invalid;
            }

            await ApplyAsync(article, input, edit, clock.GetUtcNow().UtcDateTime, ct);
            await db.SaveChangesAsync(ct);
            return new SaveResult(SaveOutcome.Saved, article.Id, article.Version);
        });

    private (string? Id, string Name) Actor
    {
        get
        {
            var user = http.HttpContext?.User;
            return user?.Identity?.IsAuthenticated == true
                ? (user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "")
                : (null, "النظام");
        }
    }

    private async Task ApplyAsync(Article article, ArticleInput input, ArticleEdit edit, DateTime now, CancellationToken ct)
    {
        var headline = ArabicText.CleanForDisplay(input.Title!);
        var wasPublic = article.Status is ArticleStatus.Published or ArticleStatus.Scheduled or ArticleStatus.Unpublished;

        if (edit.Slug is { } wanted && Slugs.FromHeadline(wanted, ArticleRules.MaxSlugLength - 6) is { Length: > 0 } slug)
        {
            // An editor's own slug. Old links keep working: /articles/{id}/{any slug} 301s to the
            // current one.
            if (slug != article.Slug)
            {
                article.Slug = await UniqueArticleSlugAsync(slug, article.Id, ct);
            }
        }
        else if (!wasPublic && (article.Slug.Length == 0 || article.Headline != headline))
        {
            // A published article keeps its slug (old links stay exact); a draft's follows its headline.
            article.Slug = await UniqueArticleSlugAsync(headline, article.Id, ct);
        }

        article.Headline = headline;
        article.Standfirst = (input.Standfirst ?? "").Trim();
        article.BodyMarkdown = input.Body ?? "";
        // Images in the body that are the library's become responsive figures; their renditions
        // are known now, so the stored HTML is what readers get.
        var photos = await db.ViewsByPathAsync(ArticleBody.PhotoPaths(article.BodyMarkdown), ct);
        article.BodyHtml = body.ToHtml(article.BodyMarkdown, photos);
        article.LeadImageId = input.Image?.Id;
        article.LeadImageAlt = Override(input.Image?.Alt);
        article.LeadImageCaption = Override(input.Image?.Caption);
        article.LeadImageCredit = Override(input.Image?.Credit);
        article.TypeOfWork = ArticleLabels.TryParse(input.TypeOfWork, out TypeOfWork type) ? type : TypeOfWork.News;
        article.IsBreaking = input.Breaking ?? false;
        article.UpdatedAt = now;

        var requested = input.RequestedStatus() ?? ArticleStatus.Draft;
        var goesPublic = requested is ArticleStatus.Published or ArticleStatus.Scheduled;
        article.PublishedAt = input.PublishedAt?.UtcDateTime
            ?? (goesPublic ? article.PublishedAt ?? now
                : requested == ArticleStatus.Unpublished ? article.PublishedAt
                : null);
        article.Status = goesPublic
            ? (article.PublishedAt > now ? ArticleStatus.Scheduled : ArticleStatus.Published)
            : requested;

        var (actorId, actorName) = Actor;
        article.LastEditedById = actorId;
        article.LastEditedByName = actorName;
        article.Version++;

        article.Section = await SectionAsync(input.Section!, ct);
        var authorNames = (input.Byline?.Authors ?? []).Select(n => ArabicText.CleanForDisplay(n!)).ToList();
        article.DeskName = authorNames.Count > 0
            ? null
            : ArabicText.CleanForDisplay(input.Byline?.Desk ?? "") is { Length: > 0 } desk ? desk : site.Value.DefaultDesk;

        article.Authors.Clear();
        foreach (var (author, position) in (await DistinctAsync(authorNames, AuthorAsync, ct)).Select((a, i) => (a, i)))
        {
            article.Authors.Add(new ArticleAuthor { Author = author, Position = position });
        }

        article.Sources.Clear();
        var sourceNames = (input.Sources ?? []).Select(n => ArabicText.CleanForDisplay(n!)).ToList();
        foreach (var (source, position) in (await DistinctAsync(sourceNames, SourceAsync, ct)).Select((s, i) => (s, i)))
        {
            article.Sources.Add(new ArticleSource { Source = source, Position = position });
        }

        article.Tags.Clear();
        var tagPosition = 0;
        var seenTags = new HashSet<Tag>();
        foreach (var tagInput in input.Tags ?? [])
        {
            var tag = await TagAsync(tagInput!, ct);
            if (seenTags.Add(tag))
            {
                article.Tags.Add(new ArticleTag { Tag = tag, Position = tagPosition++ });
            }
        }

        article.Revisions.Add(new ArticleRevision
        {
            Number = article.Version,
            CreatedAt = now,
            AuthorId = actorId,
            AuthorName = actorName,
            Headline = article.Headline,
            Standfirst = article.Standfirst,
            BodyMarkdown = article.BodyMarkdown,
            Status = article.Status,
            Snapshot = JsonSerializer.Serialize(input with { Status = ArticleStates.Code(article.Status), PublishedAt = ToOffset(article.PublishedAt) }, SnapshotJson),
            Note = edit.Note.Trim() is { Length: > 500 } long_ ? long_[..500] : edit.Note.Trim(),
            IsPublic = edit.PublicRevision,
        });
    }

    private static string? Override(string? text) => ArabicText.CleanForDisplay(text ?? "") is { Length: > 0 } clean ? clean : null;

    // What the input's own validation cannot know: that the lead image is in the library, and
    // that it has alt text (its own or the library's) before the article goes public. A reader
    // who cannot see the photograph is told what it shows.
    private async Task<SaveResult?> ImageErrorsAsync(ArticleInput input, CancellationToken ct)
    {
        if (input.Image?.Id is not { } id)
        {
            return null;
        }

        var libraryAlt = await db.MediaItems.Where(m => m.Id == id).Select(m => m.Alt).SingleOrDefaultAsync(ct);
        string? error = libraryAlt is null
            ? "لا توجد صورة بهذا الرقم في المكتبة."
            : input.IsPublished() && Override(input.Image.Alt) is null && string.IsNullOrWhiteSpace(libraryAlt)
                ? "اكتب نصًا بديلًا للصورة الرئيسية (ماذا تُظهر) قبل النشر."
                : null;
        return error is null ? null : new SaveResult(SaveOutcome.Invalid, Errors: new Dictionary<string, string[]> { ["image"] = [error] });
    }

    private static async Task<List<T>> DistinctAsync<T>(IEnumerable<string> names, Func<string, CancellationToken, Task<T>> find, CancellationToken ct)
        where T : class
    {
        var found = new List<T>();
        foreach (var name in names)
        {
            var item = await find(name, ct);
            if (!found.Contains(item))
            {
                found.Add(item);
            }
        }

        return found;
    }

    private async Task<string> UniqueArticleSlugAsync(string headline, int selfId, CancellationToken ct)
    {
        var slug = Slugs.FromHeadline(headline, ArticleRules.MaxSlugLength - 6);
        var taken = await db.Articles
            .Where(a => a.Id != selfId && (a.Slug == slug || a.Slug.StartsWith(slug + "-")))
            .Select(a => a.Slug)
            .ToListAsync(ct);
        var takenSet = taken.ToHashSet(StringComparer.Ordinal);
        return Slugs.MakeUnique(slug, takenSet.Contains);
    }

    private async Task<Section> SectionAsync(string name, CancellationToken ct)
    {
        var clean = ArabicText.CleanForDisplay(name);
        var slug = Slugs.FromHeadline(clean);
        return Local<Section>(s => s.Slug == slug)
            ?? await db.Sections.SingleOrDefaultAsync(s => s.Slug == slug, ct)
            ?? db.Sections.Add(new Section
            {
                Name = clean,
                Slug = slug,
                Position = await db.Sections.CountAsync(ct),
            }).Entity;
    }

    private async Task<Author> AuthorAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.FromHeadline(name);
        return Local<Author>(a => a.Slug == slug)
            ?? await db.Authors.SingleOrDefaultAsync(a => a.Slug == slug, ct)
            ?? db.Authors.Add(new Author { Name = name, Slug = slug }).Entity;
    }

    private async Task<Source> SourceAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.FromHeadline(name);
        return Local<Source>(s => s.Slug == slug)
            ?? await db.Sources.SingleOrDefaultAsync(s => s.Slug == slug, ct)
            ?? db.Sources.Add(new Source { Name = name, Slug = slug }).Entity;
    }

    private async Task<Tag> TagAsync(TagInput input, CancellationToken ct)
    {
        var name = ArabicText.CleanForDisplay(input.Name!);
        var slug = Slugs.FromHeadline(name);
        var kind = ArticleLabels.TryParse(input.Kind, out TagKind k) ? k : TagKind.Topic;
        var tag = Local<Tag>(t => t.Slug == slug)
            ?? await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct)
            ?? db.Tags.Add(new Tag { Name = name, Slug = slug, Kind = kind }).Entity;

        // An explicit kind corrects a tag first created as a plain topic.
        if (input.Kind is not null && tag.Kind != kind)
        {
            tag.Kind = kind;
        }

        return tag;
    }

    private static DateTimeOffset? ToOffset(DateTime? utc) => utc is { } u ? new DateTimeOffset(u, TimeSpan.Zero) : null;

    internal static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    // Entities added earlier in this same save are not in the database yet.
    private T? Local<T>(Func<T, bool> match)
        where T : class => db.Set<T>().Local.FirstOrDefault(match);

    // Two saves racing for the same new slug, tag or source: the loser's unique index fails,
    // and it simply tries again, now finding the winner's row.
    private async Task<T> WithRetryOnConflictAsync<T>(Func<Task<T>> save)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await save();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                // A little jitter, so the racers do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
        }
    }
}

/// What the newsroom's editor adds to a save beyond the article's fields.
public sealed record ArticleEdit
{
    /// The version the editor started from; a save over a newer one is refused.
    public int? BasedOnVersion { get; init; }

    /// A slug the editor typed; null keeps the automatic rule.
    public string? Slug { get; init; }

    /// The editor's note for the history ("corrected the casualty figure").
    public string Note { get; init; } = "";

    /// Show this revision to readers in the article's "what changed" view.
    public bool PublicRevision { get; init; }
}

public enum SaveOutcome
{
    Saved,
    NotFound,
    Conflict,

    /// Refused for what only the database knows (a lead image not in the library); see Errors.
    Invalid,
}

public sealed record SaveResult(SaveOutcome Outcome, int Id = 0, int Version = 0, IReadOnlyDictionary<string, string[]>? Errors = null);
