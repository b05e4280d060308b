using Microsoft.AspNetCore.Identity;

namespace Sahifa.Web.Accounts;

/// A member of the newsroom. Readers never have accounts.
public sealed class StaffUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }

    /// Set when an admin chose the password (a new account, a reset): the member must replace it
    /// before doing anything else, so no admin knows a password in use.
    public bool MustChangePassword { get; set; }
}

/// The three newsroom roles; their names are stored as Identity roles.
public static class StaffRoles
{
    public const string Writer = "writer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Writer, Editor, Admin];

    /// What the newsroom calls each role.
    public static string Label(string role) => role switch
    {
        Writer => "كاتب",
        Editor => "محرر",
        Admin => "مدير",
        _ => role,
    };

    /// Editors and admins may publish; writers only draft.
    public static bool CanPublish(IEnumerable<string> roles) =>
        roles.Any(r => r is Editor or Admin);
}
