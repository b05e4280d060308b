using System.Security.Claims;

namespace Sahifa.Web.Audit;

/// Who is doing a write, handed to the use case by its caller (the newsroom page, the API, the
/// CLI) rather than read from the request the use case happens to run in: the same save is
/// audited the same way whichever door it came through (issue 20).
public sealed record StaffActor(string? Id, string Name, string? RemoteAddress = null)
{
    /// Saves made by Sahifa itself: demo content, the scheduler, tests without a request.
    public static readonly StaffActor System = new(null, "النظام");

    public static StaffActor From(ClaimsPrincipal user, string? remoteAddress = null) =>
        user.Identity?.IsAuthenticated == true
            ? new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "", remoteAddress)
            : System with { RemoteAddress = remoteAddress };

    public static StaffActor From(HttpContext context) =>
        From(context.User, context.Connection.RemoteIpAddress?.ToString());
}
