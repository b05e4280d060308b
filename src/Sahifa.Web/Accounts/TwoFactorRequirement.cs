using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sahifa.Web.Accounts;

/// When admins require two-factor for all staff, a member without it can reach only what it
/// takes to turn it on: the enrolment page, their account page (to change a password they think
/// leaked) and signing out. Everything else under /newsroom sends them to enrolment.
public static class TwoFactorRequirement
{
    public const string EnrolmentPath = AccountsModule.NewsroomPath + "/account/two-factor";

    private static readonly string[] Open =
    [
        EnrolmentPath,
        AccountsModule.NewsroomPath + "/account",
        AccountsModule.NewsroomPath + "/sign-out",
    ];

    /// After UseAuthorization, which has put the staff cookie's principal on the request when the
    /// page needs one; for the rest (a 404 under /newsroom) the cookie is read here.
    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (await MustEnrolAsync(context))
            {
                context.Response.Redirect(EnrolmentPath);
                // 303 turns a blocked POST into a GET of the enrolment page, as a browser expects.
                context.Response.StatusCode = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? StatusCodes.Status302Found
                    : StatusCodes.Status303SeeOther;
                return;
            }

            await next(context);
        });

    private static async Task<bool> MustEnrolAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments(AccountsModule.NewsroomPath, StringComparison.Ordinal)
            || !context.RequestServices.GetRequiredService<IOptionsMonitor<AccountOptions>>().CurrentValue.RequireTwoFactor
            || Array.Exists(Open, p => path.Equals(p, StringComparison.OrdinalIgnoreCase))
            || path.StartsWithSegments(AccountsModule.NewsroomPath + "/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true } identity || identity.AuthenticationType != IdentityConstants.ApplicationScheme)
        {
            var staff = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (!staff.Succeeded)
            {
                return false;
            }

            user = staff.Principal;
        }

        // The security stamp check has loaded the account on this request already, so this
        // reads it from the context's tracker rather than the database.
        var users = context.RequestServices.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetUserAsync(user) is { TwoFactorEnabled: false };
    }
}
