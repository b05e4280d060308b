using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Audit;

/// An entry as the log page shows it.
public sealed record AuditLine(long Id, DateTime At, string ActorName, string Action, string Subject, string Detail, string? RemoteAddress);

public static class AuditQueries
{
    /// Newest first, optionally one kind of action, optionally one person: whoever did it or
    /// whom it was about (an e-mail fragment matches both).
    public static IQueryable<AuditEntry> Filtered(this SahifaDb db, string? action, string? person)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (action is { Length: > 0 })
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (person is { Length: > 0 })
        {
            entries = entries.Where(e => e.ActorName.Contains(person) || e.Subject.Contains(person));
        }

        return entries;
    }

    public static async Task<List<AuditLine>> PageAsync(this IQueryable<AuditEntry> entries, int page, int pageSize, CancellationToken ct) =>
        await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditLine(e.Id, e.At, e.ActorName, e.Action, e.Subject, e.Detail, e.RemoteAddress))
            .ToListAsync(ct);
}
