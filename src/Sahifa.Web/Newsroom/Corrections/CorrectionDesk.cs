using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;

namespace Sahifa.Web.Newsroom.Corrections;

/// One revision an editor can link a correction to.
public sealed record RevisionChoice(int Number, DateTime CreatedAt, string AuthorName, string Note, bool IsPublic);

/// The fields of a correction (kind, text, revision) as the accept and the direct forms show them.
public sealed record CorrectionFieldsView(CorrectionInput Input, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<RevisionChoice> Revisions)
{
    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// The revision selected: the one asked for, else the latest (usually the save that fixed it).
    public int? Selected => Input.Revision ?? (Revisions.Count > 0 ? Revisions[0].Number : null);
}

public static class CorrectionDesk
{
    public static Task<List<RevisionChoice>> RevisionChoicesAsync(this SahifaDb db, int articleId, CancellationToken ct) =>
        db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .Take(50)
            .Select(r => new RevisionChoice(r.Number, r.CreatedAt, r.AuthorName, r.Note, r.IsPublic))
            .ToListAsync(ct);

    public static string StateLabel(CorrectionRequestStatus status) => status switch
    {
        CorrectionRequestStatus.Open => "مفتوح",
        CorrectionRequestStatus.Accepted => "مقبول",
        _ => "مرفوض",
    };

    public static string StateCode(CorrectionRequestStatus status) => status switch
    {
        CorrectionRequestStatus.Open => "open",
        CorrectionRequestStatus.Accepted => "accepted",
        _ => "declined",
    };
}
