using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Health;

public static class HealthModule
{
    /// `/healthz`: 200 "ok" when the database answers, 503 otherwise. For load balancers.
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (SahifaDb db, HttpResponse response, CancellationToken ct) =>
        {
            response.Headers.CacheControl = "no-store";
            return await db.Database.CanConnectAsync(ct)
                ? Results.Text("ok")
                : Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
}
