using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Audit;
using Sahifa.Web.Authors;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Media;
using Sahifa.Web.Sections;
using Sahifa.Web.Shared;
using Sahifa.Web.Sources;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Articles;

/// Creates and replaces articles from validated input. Sections, sources, tags and authors are
/// matched by slug, so "الــرقة" and "الرقة" are one tag, and created when new.
public sealed class SaveArticle(SahifaDb db, ArticleBody body, TimeProvider clock, IOptions<SiteOptions> site, IOptionsMonitor<CommentOptions> comments, AuditTrail audit, SiteDates dates, SiteEditions editions)
{
    // Each lost race (a slug, section, tag or source someone else just created) costs one attempt;
    // a breaking story filed by several people at once can lose a few in a row.
    private const int Attempts = 10;

    /// The caller has validated the input with <see cref="ArticleRules.Validate"/>. Saved as
    /// Sahifa itself (<see cref="StaffActor.System"/>): demo content and tests.
    public async Task<int> CreateAsync(ArticleInput input, CancellationToken ct) =>
        await CreateAsync(input, new ArticleEdit(), StaffActor.System, ct) is { Outcome: SaveOutcome.Saved } saved
            ? saved.Id
            : throw new InvalidOperationException("the article's lead image is not in the library or has no alt text");

    public Task<SaveResult> CreateAsync(ArticleInput input, ArticleEdit edit, StaffActor actor, CancellationToken ct) =>
        WithRetryOnConflictAsync(async () =>
        {
            if (await ImageErrorsAsync(input, ct) is { } invalid)
            {
                return invalid;
            }

            var edition = input.Edition ?? editions.Primary.Code;
            var translationOf = input.TranslationOf is > 0 ? input.TranslationOf : null;
            if (await EditionErrorAsync(0, edition, translationOf, ct) is { } refused)
            {
                return refused;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var article = new Article
            {
                Slug = "",
                Headline = "",
                CreatedAt = now,
                CreatedById = actor.Id,
                // The site's default when the article is created; the editor may open or close
                // the thread later (Newsroom/Comments/Thread).
                CommentsClosed = !comments.CurrentValue.OpenByDefault,
                Edition = edition,
                TranslationOfId = await Translations.OriginalAsync(db, translationOf, ct),
            };
            await ApplyAsync(article, input, edit, actor, now, ct);
            db.Articles.Add(article);

            // The log names the article by its id, which the insert gives: the entry follows
            // in the same transaction, so there is never an article without its entry.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await db.SaveChangesAsync(ct);
            Audit(article, before: null, actor);
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            return new SaveResult(SaveOutcome.Saved, article.Id, article.Version);
        });

    /// False when there is no such article. Saved as <see cref="StaffActor.System"/>.
    public async Task<bool> UpdateAsync(int id, ArticleInput input, CancellationToken ct) =>
        (await UpdateAsync(id, input, new ArticleEdit(), StaffActor.System, ct)).Outcome == SaveOutcome.Saved;

    /// Refused with <see cref="SaveOutcome.Conflict"/> when the edit was based on an older version
    /// than the one saved now: someone else saved in between.
    public Task<SaveResult> UpdateAsync(int id, ArticleInput input, ArticleEdit edit, StaffActor actor, CancellationToken ct) =>
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

            var edition = input.Edition ?? article.Edition;
            var translationOf = input.TranslationOf is { } given ? (given > 0 ? given : null) : article.TranslationOfId;
            if (await EditionErrorAsync(article.Id, edition, translationOf, ct) is { } refused)
            {
                return refused;
            }

            article.Edition = edition;
            article.TranslationOfId = await Translations.OriginalAsync(db, translationOf, ct);
            var before = article.Status;
            await ApplyAsync(article, input, edit, actor, clock.GetUtcNow().UtcDateTime, ct);
            Audit(article, before, actor);
            await db.SaveChangesAsync(ct);
            return new SaveResult(SaveOutcome.Saved, article.Id, article.Version);
        });

    // Whoever saved, through the newsroom or the API: a new article, and any change of what the
    // public sees or of the review queue. A plain re-save in the same state is not logged.
    private void Audit(Article article, ArticleStatus? before, StaffActor actor)
    {
        var subject = AuditActions.ArticleSubject(article.Id, article.Headline);
        if (before is null)
        {
            audit.Add(actor, AuditActions.ArticleCreated, subject);
        }

        if (article.Status == before)
        {
            return;
        }

        var action = article.Status switch
        {
            ArticleStatus.InReview => AuditActions.ArticleSubmitted,
            ArticleStatus.Published => AuditActions.ArticlePublished,
            ArticleStatus.Scheduled => AuditActions.ArticleScheduled,
            ArticleStatus.Unpublished => AuditActions.ArticleUnpublished,
            _ => null,
        };
        if (action is not null)
        {
            audit.Add(actor, action, subject, article.Status == ArticleStatus.Scheduled ? $"موعد النشر: {dates.Dateline(article.PublishedAt!.Value)}" : "");
        }
    }

    private async Task ApplyAsync(Article article, ArticleInput input, ArticleEdit edit, StaffActor actor, DateTime now, CancellationToken ct)
    {
        var headline = ArabicText.CleanForDisplay(input.Title!);
        var wasPublic = article.Status is ArticleStatus.Published or ArticleStatus.Scheduled or ArticleStatus.Unpublished;

        if (edit.Slug is { } wanted && ArticleSlugs.For(editions.Of(article.Edition), wanted) is { Length: > 0 } slug)
        {
            // An editor's own slug. Old links keep working: /articles/{id}/{any slug} 301s to the
            // current one.
            if (slug != article.Slug)
            {
                article.Slug = await db.UniqueArticleSlugAsync(slug, article.Id, ct);
            }
        }
        else if (!wasPublic && (article.Slug.Length == 0 || article.Headline != headline))
        {
            // A published article keeps its slug (old links stay exact); a draft's follows its headline.
            article.Slug = await db.UniqueArticleSlugAsync(ArticleSlugs.For(editions.Of(article.Edition), headline), article.Id, ct);
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

        article.LastEditedById = actor.Id;
        article.LastEditedByName = actor.Name;
        article.Version++;

        var sectionName = ArabicText.CleanForDisplay(input.Section!);
        article.Section = (await db.FindOrAddSectionsAsync(article.Edition, [sectionName], ct))[Slugs.FromHeadline(sectionName)];
        var authorNames = (input.Byline?.Authors ?? []).Select(n => ArabicText.CleanForDisplay(n!)).ToList();
        article.DeskName = authorNames.Count > 0
            ? null
            : ArabicText.CleanForDisplay(input.Byline?.Desk ?? "") is { Length: > 0 } desk ? desk : site.Value.DefaultDesk;

        article.Authors.Clear();
        var authors = await db.FindOrAddAuthorsAsync(article.Edition, authorNames, ct);
        foreach (var (author, position) in InOrder(authorNames, authors))
        {
            article.Authors.Add(new ArticleAuthor { Author = author, Position = position });
        }

        article.Sources.Clear();
        var sourceNames = (input.Sources ?? []).Select(n => ArabicText.CleanForDisplay(n!)).ToList();
        var sources = await db.FindOrAddSourcesAsync(article.Edition, sourceNames, ct);
        foreach (var (source, position) in InOrder(sourceNames, sources))
        {
            article.Sources.Add(new ArticleSource { Source = source, Position = position });
        }

        article.Tags.Clear();
        var tagInputs = (input.Tags ?? [])
            .Select(t => (Name: ArabicText.CleanForDisplay(t!.Name!), Kind: t.Kind is null ? (TagKind?)null : ArticleLabels.TryParse(t.Kind, out TagKind k) ? k : TagKind.Topic))
            .ToList();
        var tags = await db.FindOrAddTagsAsync(article.Edition, tagInputs, ct);
        await LinkTagTranslationsAsync(article.Edition, input.Tags ?? [], tags, ct);
        foreach (var (tag, position) in InOrder(tagInputs.Select(t => t.Name).ToList(), tags))
        {
            article.Tags.Add(new ArticleTag { Tag = tag, Position = position });
        }

        article.Revisions.Add(ArticleRevision.Of(article, input, actor, now, edit.Note, edit.PublicRevision));
    }

    // The rows in the order their names came, each once, numbered from 0.
    private static IEnumerable<(T Row, int Position)> InOrder<T>(List<string> names, Dictionary<string, T> bySlug)
        where T : class =>
        names.Select(n => bySlug[Slugs.FromHeadline(n)]).Distinct().Select((row, i) => (row, i));

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

    // A tag in another edition may name the primary edition's tag it translates; a name the
    // primary edition has no tag for is left unlinked rather than creating an empty tag there.
    private async Task LinkTagTranslationsAsync(string edition, IReadOnlyList<TagInput?> inputs, Dictionary<string, Tag> tags, CancellationToken ct)
    {
        var primary = editions.Primary.Code;
        var wanted = inputs.Where(t => t?.TranslationOf is { Length: > 0 } && t.Name is not null).ToList();
        if (edition == primary || wanted.Count == 0)
        {
            return;
        }

        var originals = await db.FindBySlugAsync<Tag>(primary, wanted.Select(t => Slugs.FromHeadline(ArabicText.CleanForDisplay(t!.TranslationOf!))).ToList(), ct);
        foreach (var input in wanted)
        {
            if (originals.TryGetValue(Slugs.FromHeadline(ArabicText.CleanForDisplay(input!.TranslationOf!)), out var original)
                && tags.TryGetValue(Slugs.FromHeadline(ArabicText.CleanForDisplay(input.Name!)), out var tag))
            {
                tag.TranslationOfId = original.Id;
            }
        }
    }

    private async Task<SaveResult?> EditionErrorAsync(int id, string edition, int? translationOf, CancellationToken ct) =>
        await Translations.ProblemAsync(db, editions, id, edition, translationOf, ct) is { } problem
            ? new SaveResult(SaveOutcome.Invalid, Errors: new Dictionary<string, string[]>
            {
                [problem.Code == Translations.UnknownEdition ? "edition" : "translationOf"] = [problem.Message],
            }, Code: problem.Code)
            : null;

    internal static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

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

/// <param name="Code">For Invalid, the problem's stable code when it has its own
/// (`translation_edition_taken`); otherwise `validation_failed`.</param>
public sealed record SaveResult(SaveOutcome Outcome, int Id = 0, int Version = 0, IReadOnlyDictionary<string, string[]>? Errors = null, string? Code = null);
