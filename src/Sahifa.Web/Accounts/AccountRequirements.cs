using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sahifa.Web.Accounts;

/// What a member of staff must do before anything else in the newsroom: replace a password an
/// admin chose, and, when admins require it, turn on two-factor. Until then they reach only the
/// pages that do it (their account page, enrolment) and signing out; everything else under
/// /newsroom sends them there.
public static class AccountRequirements
{
    public const string AccountPath = AccountsModule.NewsroomPath + "/account";
    public const string EnrolmentPath = AccountsModule.NewsroomPath + "/account/two-factor";

    private static readonly string[] Open =
    [
        AccountPath,
        EnrolmentPath,
        AccountsModule.NewsroomPath + "/sign-out",
    ];

    /// After UseAuthorization, which has put the staff cookie's principal on the request when the
    /// page needs one; for the rest (a 404 under /newsroom) the cookie is read here.
    public static IApplicationBuilder UseAccountRequirements(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (await PendingStepAsync(context) is { } step)
            {
                context.Response.Redirect(step);
                // 303 turns a blocked POST into a GET of the page, as a browser expects.
                context.Response.StatusCode = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? StatusCodes.Status302Found
                    : StatusCodes.Status303SeeOther;
                return;
            }

            await next(context);
        });

    private static async Task<string?> PendingStepAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments(AccountsModule.NewsroomPath, StringComparison.Ordinal)
            || Array.Exists(Open, p => path.Equals(p, StringComparison.OrdinalIgnoreCase))
            || path.StartsWithSegments(AccountsModule.NewsroomPath + "/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true } identity || identity.AuthenticationType != IdentityConstants.ApplicationScheme)
        {
            var staff = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (!staff.Succeeded)
            {
                return null;
            }

            user = staff.Principal;
        }

        // The security stamp check has loaded the account on this request already, so this
        // reads it from the context's tracker rather than the database.
        var users = context.RequestServices.GetRequiredService<UserManager<StaffUser>>();
        var member = await users.GetUserAsync(user);
        if (member is null)
        {
            return null;
        }

        if (member.MustChangePassword)
        {
            return AccountPath;
        }

        var required = context.RequestServices.GetRequiredService<IOptionsMonitor<AccountOptions>>().CurrentValue.RequireTwoFactor;
        return required && !member.TwoFactorEnabled ? EnrolmentPath : null;
    }
}
