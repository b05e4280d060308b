using System.Security.Claims;
using Sahifa.Web.Data;

namespace Sahifa.Web.Audit;

/// Adds entries to the audit log for the signed-in member of staff. The entry joins the caller's
/// unit of work: it is saved with the change it describes, or not at all.
public sealed class AuditTrail(SahifaDb db, TimeProvider clock, IHttpContextAccessor http)
{
    /// Adds the entry to the context; the caller's SaveChanges writes it with its change.
    public void Add(string action, string subject, string detail = "", ClaimsPrincipal? actor = null, string? actorName = null)
    {
        var context = http.HttpContext;
        var user = actor ?? context?.User;
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            ActorId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            ActorName = Trim(actorName ?? user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name ?? "النظام", 256),
            Subject = Trim(subject, 500),
            Detail = Trim(detail, 2000),
            RemoteAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    /// The same, for a use case that was handed its actor (<see cref="StaffActor"/>).
    public void Add(StaffActor actor, string action, string subject, string detail = "") =>
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            ActorId = actor.Id,
            ActorName = Trim(actor.Name, 256),
            Subject = Trim(subject, 500),
            Detail = Trim(detail, 2000),
            RemoteAddress = actor.RemoteAddress,
        });

    /// For events with nothing else to save: sign-ins, failures.
    public async Task RecordAsync(string action, string subject, string detail = "", ClaimsPrincipal? actor = null, string? actorName = null, CancellationToken ct = default)
    {
        Add(action, subject, detail, actor, actorName);
        await db.SaveChangesAsync(ct);
    }

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..max];
}
