using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Corrections;

/// Closes a reader's request without a public note; the internal note says why, for the desk.
public sealed class DeclineCorrectionRequest(SahifaDb db, AuditTrail audit, TimeProvider clock)
{
    /// Null when done; otherwise field to Arabic message. False-y "not found" is the caller's 404.
    public async Task<Dictionary<string, string>?> DeclineAsync(int requestId, string? note, ClaimsPrincipal editor, CancellationToken ct)
    {
        var request = await db.CorrectionRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw new KeyNotFoundException($"correction request {requestId}");
        var errors = new Dictionary<string, string>();
        var trimmed = (note ?? "").Trim();
        if (trimmed.Length == 0)
        {
            errors["note"] = "اكتب سبب الرفض؛ يبقى داخل غرفة الأخبار.";
        }
        else if (trimmed.Length > CorrectionRequest.MaxNoteLength)
        {
            errors["note"] = $"الملاحظة أطول من {CorrectionRequest.MaxNoteLength} حرف.";
        }

        if (request.Status != CorrectionRequestStatus.Open)
        {
            errors[""] = "عولج هذا الطلب من قبل.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        request.Status = CorrectionRequestStatus.Declined;
        request.InternalNote = trimmed;
        request.ResolvedAt = clock.GetUtcNow().UtcDateTime;
        request.ResolvedByName = editor.FindFirstValue(ClaimTypes.Email) ?? editor.Identity?.Name ?? "";
        audit.Add(AuditActions.CorrectionDeclined, $"طلب تصحيح {request.Id} على مقال {request.ArticleId}", trimmed, editor);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
