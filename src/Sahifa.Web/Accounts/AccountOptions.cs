namespace Sahifa.Web.Accounts;

/// `Sahifa:Accounts` in configuration; admins change it on the settings page.
public sealed class AccountOptions
{
    /// Every member of staff must turn on two-factor before doing anything else in the newsroom.
    public bool RequireTwoFactor { get; set; }
}
