using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;
using Sahifa.Web.Revisions;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Articles;

/// `/newsroom/articles/new` and `/newsroom/articles/{id}`: the editor. Every button is a POST of
/// the whole form, so nothing typed is lost whatever happens: a validation error, a preview or
/// a colleague's save in between all come back with the text as it was.
public sealed class EditModel(SahifaDb db, SaveArticle save, ArticleBody body, SiteDates dates, TimeProvider clock, IOptionsMonitor<SiteOptions> site) : PageModel
{
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

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            Form = new EditorForm { Desk = "" };
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

        var target = Target(action);
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

    private ArticleStatus? Target(string? action)
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
                Preview = PreviewOf(Form.ToInput(current, dates.TimeZone));
                return null;
            default:
                return null;
        }
    }

    private ArticleView PreviewOf(ArticleInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var section = ArabicText.CleanForDisplay(input.Section ?? "");
        var authors = (input.Byline?.Authors ?? []).Select(n => new BylineAuthor(n!, Slugs.FromHeadline(n!))).ToList();
        return new ArticleView(
            Id ?? 0, Current?.Slug ?? "", ArabicText.CleanForDisplay(input.Title ?? ""), (input.Standfirst ?? "").Trim(),
            body.ToHtml(input.Body ?? ""),
            ArticleLabels.TryParse(input.TypeOfWork, out TypeOfWork type) ? type : TypeOfWork.News,
            Current?.Status ?? ArticleStatus.Draft, input.Breaking ?? false,
            authors.Count == 0 ? (string.IsNullOrWhiteSpace(input.Byline?.Desk) ? site.CurrentValue.DefaultDesk : input.Byline!.Desk) : null,
            section, Slugs.FromHeadline(section),
            input.PublishedAt?.UtcDateTime ?? Current?.PublishedAt ?? now, now,
            authors,
            (input.Sources ?? []).Select(n => new CitedSource(n!, Slugs.FromHeadline(n!), null)).ToList(),
            (input.Tags ?? []).Select(t => new ArticleTagView(t!.Name!, Slugs.FromHeadline(t.Name!), ArticleLabels.TryParse(t.Kind, out Tags.TagKind k) ? k : Tags.TagKind.Topic)).ToList());
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

    private async Task LoadListsAsync(CancellationToken ct) =>
        SectionNames = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => s.Name).ToListAsync(ct);

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
