using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Corrections;

/// What an editor fills in to publish a correction, from a reader's request or on their own.
public sealed record CorrectionInput
{
    public string? Kind { get; init; }
    public string? Text { get; init; }

    /// The revision that fixed the text; its number within the article. Null: the latest.
    public int? Revision { get; init; }
}

public static class CorrectionRules
{
    public static Dictionary<string, string> Validate(CorrectionInput input)
    {
        var errors = new Dictionary<string, string>();
        if (!CorrectionKinds.TryParse(input.Kind, out _))
        {
            errors["kind"] = "اختر نوع الملاحظة: تصحيح أو توضيح أو تحديث أو سحب.";
        }

        var text = (input.Text ?? "").Trim();
        if (text.Length == 0)
        {
            errors["text"] = "اكتب نص الملاحظة كما سيقرؤه القراء.";
        }
        else if (text.Length > Correction.MaxTextLength)
        {
            errors["text"] = $"النص أطول من {Correction.MaxTextLength} حرف.";
        }

        return errors;
    }
}

/// Publishes a correction on an article: links it to the revision that fixed the text (the latest
/// unless the editor picks another) and marks that revision public, so readers can see what
/// changed. Accepting a reader's request does the same and closes the request.
public sealed class PublishCorrection(SahifaDb db, AuditTrail audit, TimeProvider clock)
{
    public abstract record Outcome
    {
        public sealed record NotFound : Outcome;

        public sealed record Invalid(Dictionary<string, string> Errors) : Outcome;

        public sealed record Published(int CorrectionId) : Outcome;
    }

    public async Task<Outcome> PublishAsync(int articleId, CorrectionInput input, ClaimsPrincipal editor, CancellationToken ct, int? requestId = null)
    {
        var article = await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.Id, a.Headline }).SingleOrDefaultAsync(ct);
        var request = requestId is { } rid ? await db.CorrectionRequests.SingleOrDefaultAsync(r => r.Id == rid && r.ArticleId == articleId, ct) : null;
        if (article is null || (requestId is not null && request is null))
        {
            return new Outcome.NotFound();
        }

        var errors = CorrectionRules.Validate(input);
        if (request is { Status: not CorrectionRequestStatus.Open })
        {
            errors[""] = "عولج هذا الطلب من قبل.";
        }

        var revisions = db.ArticleRevisions.Where(r => r.ArticleId == articleId);
        var revision = input.Revision is { } number
            ? await revisions.SingleOrDefaultAsync(r => r.Number == number, ct)
            : await revisions.OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        if (input.Revision is not null && revision is null)
        {
            errors["revision"] = "لا توجد نسخة بهذا الرقم لهذا المقال.";
        }

        if (errors.Count > 0)
        {
            return new Outcome.Invalid(errors);
        }

        var kind = CorrectionKinds.TryParse(input.Kind, out var parsed) ? parsed : CorrectionKind.Correction;
        var now = clock.GetUtcNow().UtcDateTime;
        var name = editor.FindFirstValue(ClaimTypes.Email) ?? editor.Identity?.Name ?? "";
        var correction = new Correction
        {
            ArticleId = articleId,
            Kind = kind,
            Text = input.Text!.Trim(),
            PublishedAt = now,
            RevisionId = revision?.Id,
            CreatedById = editor.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedByName = name,
        };
        if (revision is not null)
        {
            revision.IsPublic = true;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Corrections.Add(correction);
        db.Record([articleId], now);
        var subject = AuditActions.ArticleSubject(articleId, article.Headline);
        audit.Add(
            request is null ? AuditActions.CorrectionAdded : AuditActions.CorrectionAccepted,
            subject,
            $"{CorrectionKinds.Label(kind)}: {correction.Text}" + (revision is null ? "" : $" (النسخة {revision.Number})"),
            editor);
        await db.SaveChangesAsync(ct);
        if (request is not null)
        {
            request.Status = CorrectionRequestStatus.Accepted;
            request.ResolvedAt = now;
            request.ResolvedByName = name;
            request.CorrectionId = correction.Id;
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return new Outcome.Published(correction.Id);
    }
}
