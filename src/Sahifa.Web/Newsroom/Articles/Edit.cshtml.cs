using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Media;
using Sahifa.Web.Revisions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Articles;

/// `/newsroom/articles/new` and `/newsroom/articles/{id}`: the editor. Every button is a POST of
/// the whole form, so nothing typed is lost whatever happens: a validation error, a preview or
/// a colleague's save in between all come back with the text as it was.
public sealed class EditModel(
    SahifaDb db, SaveArticle save, UploadMedia upload, ArticleBody body, SiteDates dates, TimeProvider clock,
    IOptionsMonitor<SiteOptions> site, IOptions<MediaOptions> media, SiteEditions editions) : PageModel
{
    /// The page's name for conventions (its upload limit).
    public const string PagePath = "/Newsroom/Articles/Edit";

    /// How many of the library's newest photographs the editor offers as tiles.
    public const int LibraryChoices = 12;

    [BindProperty]
    public EditorForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public Article? Current { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public ArticleView? Preview { get; private set; }

    /// Set when a colleague saved after this editor opened the article: their version and how
    /// it differs from what this editor typed.
    public ArticleRevision? Theirs { get; private set; }
    public WordDiff.Comparison? TheirsVersusMine { get; private set; }

    public IReadOnlyList<string> SectionNames { get; private set; } = [];

    /// The lead image chosen now (with this article's own text over the library's), and the
    /// library's newest photographs to choose from.
    public MediaView? LeadImage { get; private set; }
    public IReadOnlyList<MediaView> Library { get; private set; } = [];

    /// The site's editions, for the edition choice when there are several.
    public SiteEditions Editions => editions;

    /// The text being translated, shown beside the editor: the group's original.
    public Article? Source { get; private set; }

    /// The story's other editions: each member of the group, and the editions it lacks.
    public IReadOnlyList<Translations.Member> Group { get; private set; } = [];

    /// <param name="translationOf">"Translate": a new article in <paramref name="edition"/>
    /// linked to this one, with its text beside the editor.</param>
    public async Task<IActionResult> OnGetAsync(int? id, [FromQuery] int? translationOf, [FromQuery] string? edition, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            Form = new EditorForm { Desk = "", TranslationOf = translationOf, Edition = editions.Find(edition)?.Code };
            if (translationOf is { } of && !await db.Articles.AnyAsync(a => a.Id == of, ct))
            {
                return NotFound();
            }

            await LoadListsAsync(ct);
            return Page();
        }

        if (await LoadAsync(id.Value, ct) is { } refused)
        {
            return refused;
        }

        var latest = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var input = latest is null ? null : EditorForm.FromSnapshot(latest.Snapshot);
        Form = input is null
            ? new EditorForm { Title = Current!.Headline, Standfirst = Current.Standfirst, Body = Current.BodyMarkdown, Slug = Current.Slug, Version = Current.Version }
            : EditorForm.From(input, Current!.Slug, Current.Version, dates.TimeZone);
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, string? action, CancellationToken ct)
    {
        Id = id;
        if (id is not null && await LoadAsync(id.Value, ct) is { } refused)
        {
            return refused;
        }

        // A photograph sent with the article joins the library first, whatever else happens, so a
        // form shown again for an error keeps it chosen and never asks for the file twice.
        if (await UploadLeadImageAsync(ct) is { } imageError)
        {
            Errors["image"] = [imageError];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await FormAsync(ct);
        }

        var target = await TargetAsync(action, ct);
        if (target is null)
        {
            return Preview is not null ? await FormAsync(ct) : BadRequest();
        }

        if (!ArticleAccess.CanSetStatus(User, target.Value))
        {
            return Forbid();
        }

        var input = Form.ToInput(target.Value, dates.TimeZone);
        Errors = ArticleRules.Validate(input);
        if (Form.PublishAtIsInvalid(dates.TimeZone))
        {
            Errors["publishedAt"] = ["موعد النشر غير مفهوم؛ اختر التاريخ والوقت من الحقل."];
        }

        if (Form.ImageNumberIsInvalid)
        {
            Errors["image"] = ["رقم الصورة غير مفهوم؛ اكتب رقمها كما يظهر في مكتبة الصور."];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await FormAsync(ct);
        }

        var edit = new ArticleEdit
        {
            BasedOnVersion = id is null ? null : Form.Version,
            Slug = ArticleAccess.IsEditor(User) && id is not null && !string.IsNullOrWhiteSpace(Form.Slug) ? Form.Slug : null,
            Note = Form.Note ?? "",
            PublicRevision = Form.PublicRevision && ArticleAccess.IsEditor(User),
        };
        var before = Current?.Status;
        var actor = StaffActor.From(HttpContext);
        var result = id is null ? await save.CreateAsync(input, edit, actor, ct) : await save.UpdateAsync(id.Value, input, edit, actor, ct);
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == SaveOutcome.Invalid)
        {
            Errors = result.Errors!.ToDictionary(e => e.Key, e => e.Value);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await FormAsync(ct);
        }

        if (result.Outcome == SaveOutcome.Conflict)
        {
            return await ConflictAsync(id!.Value, result.Version, ct);
        }

        var saved = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == result.Id, ct);
        TempData["Notice"] = Notice(saved, before);
        // Not Url.Page: it picks the id-less "newsroom/articles/new" route and puts id in the query.
        return new SeeOtherResult($"/newsroom/articles/{result.Id}");
    }

    private async Task<string?> UploadLeadImageAsync(CancellationToken ct)
    {
        if (Form.ImageFile is not { Length: > 0 } file)
        {
            return null;
        }

        if (file.Length > media.Value.MaxUploadBytes)
        {
            return PhotoProblem.TooLarge(media.Value.MaxUploadMegabytes).Message;
        }

        var input = new MediaInput { Alt = Form.ImageAlt, Caption = Form.ImageCaption, Credit = Form.ImageCredit };
        switch (await upload.UploadAsync(await MediaApi.ReadAsync(file, ct), input, User, ct))
        {
            case UploadMedia.Outcome.Stored stored:
                Form.ImageId = stored.Id;
                Form.ImageNumber = null;
                return null;
            case UploadMedia.Outcome.Refused refused:
                return refused.Problem.Message;
            case UploadMedia.Outcome.Invalid invalid:
                return string.Join(" ", invalid.Errors.Values);
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    private async Task<ArticleStatus?> TargetAsync(string? action, CancellationToken ct)
    {
        var current = Current?.Status ?? ArticleStatus.Draft;
        switch (action)
        {
            case "save":
                // Saving keeps the state; a scheduled article re-reads its time (it may now be due).
                return current == ArticleStatus.Scheduled ? ArticleStatus.Published : current;
            case "review":
                return ArticleStatus.InReview;
            case "publish":
                return ArticleStatus.Published;
            case "unpublish":
                return ArticleStatus.Unpublished;
            case "draft":
                return ArticleStatus.Draft;
            case "preview":
                var input = Form.ToInput(current, dates.TimeZone);
                var photos = await db.ViewsByPathAsync(ArticleBody.PhotoPaths(input.Body ?? ""), ct);
                Preview = PreviewOf(input, photos, await ChosenImageAsync(ct));
                return null;
            default:
                return null;
        }
    }

    private ArticleView PreviewOf(ArticleInput input, IReadOnlyDictionary<string, MediaView> photos, MediaView? leadImage)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var section = ArabicText.CleanForDisplay(input.Section ?? "");
        var authors = (input.Byline?.Authors ?? []).Select(n => new BylineAuthor(n!, Slugs.FromHeadline(n!))).ToList();
        return new ArticleView(
            Id ?? 0, Current?.Slug ?? "", ArabicText.CleanForDisplay(input.Title ?? ""), (input.Standfirst ?? "").Trim(),
            body.ToHtml(input.Body ?? "", photos),
            ArticleLabels.TryParse(input.TypeOfWork, out TypeOfWork type) ? type : TypeOfWork.News,
            Current?.Status ?? ArticleStatus.Draft, input.Breaking ?? false,
            authors.Count == 0 ? (string.IsNullOrWhiteSpace(input.Byline?.Desk) ? site.CurrentValue.DefaultDesk : input.Byline!.Desk) : null,
            section, Slugs.FromHeadline(section),
            input.PublishedAt?.UtcDateTime ?? Current?.PublishedAt ?? now, now,
            authors,
            (input.Sources ?? []).Select(n => new CitedSource(n!, Slugs.FromHeadline(n!), null)).ToList(),
            (input.Tags ?? []).Select(t => new ArticleTagView(t!.Name!, Slugs.FromHeadline(t.Name!), ArticleLabels.TryParse(t.Kind, out Tags.TagKind k) ? k : Tags.TagKind.Topic)).ToList(),
            LeadImage: leadImage);
    }

    private async Task<IActionResult> ConflictAsync(int id, int savedVersion, CancellationToken ct)
    {
        Theirs = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id).OrderByDescending(r => r.Number).FirstAsync(ct);
        TheirsVersusMine = WordDiff.Compare(Theirs.BodyMarkdown, Form.Body ?? "");
        // Saving again now means "keep mine": it is based on the version just seen.
        ModelState.Remove("Form.Version");
        Form.Version = savedVersion;
        Current = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await FormAsync(ct);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Current = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (Current is null)
        {
            return NotFound();
        }

        return ArticleAccess.CanEdit(User, Current) ? null : Forbid();
    }

    // The form again (preview, errors, conflict); a successful save redirects without it.
    private async Task<PageResult> FormAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        return Page();
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var edition = Form.Edition ?? Current?.Edition ?? editions.Primary.Code;
        SectionNames = await db.Sections.AsNoTracking().Where(s => s.Edition == edition).OrderBy(s => s.Position).Select(s => s.Name).ToListAsync(ct);
        var original = await Translations.OriginalAsync(db, Form.TranslationOf ?? Current?.TranslationOfId, ct);
        Source = original is { } sourceId && sourceId != Id ? await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == sourceId, ct) : null;
        if (Id is { } self && editions.AreSeveral)
        {
            Group = await Translations.MembersAsync(db, original ?? self, ct);
        }

        LeadImage = await ChosenImageAsync(ct);
        Library = [.. (await db.LibraryAsync(null, 1, LibraryChoices, ct)).Items.Select(i => i.Photo)];
    }

    private async Task<MediaView?> ChosenImageAsync(CancellationToken ct) =>
        Form.LeadImageId() is { } id && await db.ViewAsync(id, ct) is { } photo
            ? photo.With(Form.ImageAlt, Form.ImageCaption, Form.ImageCredit)
            : null;

    private string Notice(Article saved, ArticleStatus? before) => saved.Status switch
    {
        ArticleStatus.Published when before != ArticleStatus.Published => "نُشرت المادة.",
        ArticleStatus.Scheduled => $"جُدولت المادة للنشر في {dates.Dateline(saved.PublishedAt!.Value)}.",
        ArticleStatus.InReview when before != ArticleStatus.InReview => "أُرسلت المادة للمراجعة.",
        ArticleStatus.Unpublished when before != ArticleStatus.Unpublished => "سُحبت المادة من النشر؛ رابطها يجيب الآن بأنها لم تعد متاحة.",
        _ => "حُفظت المادة.",
    };

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
