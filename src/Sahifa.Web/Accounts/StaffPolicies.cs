using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Sahifa.Web.Accounts;

/// Who may do what in the newsroom, signed in with the staff cookie. The API's bearer policy is
/// separate (<see cref="AccountsModule.ApiWriter"/>) so that a cookie never authorises an API write.
public static class StaffPolicies
{
    /// Any member of staff: writers see their drafts, everyone sees the desk.
    public const string Staff = "newsroom-staff";

    /// Editors and admins: edit anything, publish, schedule, unpublish, moderate.
    public const string Editor = "newsroom-editor";

    /// Admins only: staff, roles, settings and the audit log.
    public const string Admin = "newsroom-admin";

    internal static void Add(AuthorizationBuilder authorization) => authorization
        .AddPolicy(Staff, p => Signed(p).RequireRole(StaffRoles.All))
        .AddPolicy(Editor, p => Signed(p).RequireRole(StaffRoles.Editor, StaffRoles.Admin))
        .AddPolicy(Admin, p => Signed(p).RequireRole(StaffRoles.Admin));

    private static AuthorizationPolicyBuilder Signed(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser();
}
