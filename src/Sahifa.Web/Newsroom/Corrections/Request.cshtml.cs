using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Corrections;

/// `/newsroom/corrections/{id}`: one reader's request beside the article, the quoted passage
/// highlighted in the text when it is there, and the two answers: accept with a public note, or
/// decline with an internal one.
[Authorize(Policy = StaffPolicies.Editor)]
public sealed class RequestModel(SahifaDb db, PublishCorrection publish, DeclineCorrectionRequest decline) : PageModel
{
    public sealed record RequestDetails(
        int Id, int ArticleId, string Headline, string Slug, string Standfirst, string BodyHtml,
        string Name, string Email, string Quote, string Text, DateTime CreatedAt,
        CorrectionRequestStatus Status, string InternalNote, DateTime? ResolvedAt, string? ResolvedByName);

    public RequestDetails Asked { get; private set; } = null!;

    public QuotedPassage? Passage { get; private set; }

    public CorrectionFieldsView Accept { get; private set; } = null!;

    public string? DeclineNote { get; private set; }

    public string? DeclineError { get; private set; }

    public string ArticleUrl => ArticleUrls.Article(Asked.ArticleId, Asked.Slug);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, new CorrectionInput { Kind = "correction" }, new Dictionary<string, string>(), ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(int id, CorrectionInput input, CancellationToken ct)
    {
        var articleId = await db.CorrectionRequests.Where(r => r.Id == id).Select(r => (int?)r.ArticleId).SingleOrDefaultAsync(ct);
        if (articleId is null)
        {
            return NotFound();
        }

        switch (await publish.PublishAsync(articleId.Value, input, User, ct, requestId: id))
        {
            case PublishCorrection.Outcome.Published:
                TempData["Notice"] = "قُبل الطلب ونُشر التصحيح على المقال.";
                return new SeeOtherResult(Url.Page("/Newsroom/Corrections/Request", new { id })!);
            case PublishCorrection.Outcome.Invalid invalid:
                await LoadAsync(id, input, invalid.Errors, ct);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, string? note, CancellationToken ct)
    {
        if (!await db.CorrectionRequests.AnyAsync(r => r.Id == id, ct))
        {
            return NotFound();
        }

        if (await decline.DeclineAsync(id, note, User, ct) is { } errors)
        {
            await LoadAsync(id, new CorrectionInput { Kind = "correction" }, new Dictionary<string, string>(), ct);
            DeclineNote = note;
            DeclineError = errors.GetValueOrDefault("note") ?? errors.GetValueOrDefault("");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        TempData["Notice"] = "رُفض الطلب، وحُفظت الملاحظة الداخلية.";
        return new SeeOtherResult(Url.Page("/Newsroom/Corrections/Index")!);
    }

    private async Task<bool> LoadAsync(int id, CorrectionInput input, IReadOnlyDictionary<string, string> errors, CancellationToken ct)
    {
        var request = await db.CorrectionRequests.AsNoTracking()
            .Where(r => r.Id == id)
            .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => new RequestDetails(
                r.Id, r.ArticleId, a.Headline, a.Slug, a.Standfirst, a.BodyHtml, r.Name, r.Email, r.Quote, r.Details, r.CreatedAt,
                r.Status, r.InternalNote, r.ResolvedAt, r.ResolvedByName))
            .SingleOrDefaultAsync(ct);
        if (request is null)
        {
            return false;
        }

        Asked = request;
        if (request.Quote.Length > 0)
        {
            Passage = QuotedPassage.Find(QuotedPassage.PlainText(request.Headline, request.Standfirst, request.BodyHtml), request.Quote);
        }

        Accept = new CorrectionFieldsView(input, errors, await db.RevisionChoicesAsync(request.ArticleId, ct));
        return true;
    }
}
