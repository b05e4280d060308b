using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Data;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Comments;

/// `/api/v1/comments`: moderation for the newsroom's tools. Bearer tokens of editors and admins.
public static class CommentsApi
{
    public static RouteGroupBuilder MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/comments").WithTags("Comments").RequireAuthorization(AccountsModule.ApiWriter);

        group.MapPost("/{id:int}/approve", ApproveAsync);

        return group;
    }

    /// A comment as the moderation API answers: no e-mail here either, the API is not the place
    /// to collect readers' addresses.
    public sealed record CommentJson(int Id, int ArticleId, int? ParentId, string Name, string Body, string Status, DateTimeOffset CreatedAt);

    private static async Task<Results<Ok<CommentJson>, ProblemHttpResult>> ApproveAsync(
        int id, SahifaDb db, ModerateComments moderate, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!StaffRoles.CanPublish(user.FindAll(ClaimTypes.Role).Select(c => c.Value)))
        {
            return Problems.Forbidden("cannot_moderate", "الموافقة على التعليقات للمحررين والمديرين فقط.");
        }

        if (!await db.Comments.AnyAsync(c => c.Id == id, ct))
        {
            return Problems.NotFound("لا يوجد تعليق بهذا الرقم.");
        }

        await moderate.SetStatusAsync([id], CommentStatus.Approved, user, ct);
        var comment = await db.Comments.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CommentJson(c.Id, c.ArticleId, c.ParentId, c.AuthorName, c.Body, "approved", new DateTimeOffset(c.CreatedAt, TimeSpan.Zero)))
            .SingleAsync(ct);
        return TypedResults.Ok(comment);
    }
}
