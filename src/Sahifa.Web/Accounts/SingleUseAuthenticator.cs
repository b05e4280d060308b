using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Sahifa.Web.Accounts;

/// Identity's authenticator check with the rule RFC 6238 (section 5.2) adds: a code that let
/// someone in is not accepted a second time. Identity alone takes the same six digits for about
/// two and a half minutes, long enough for a phishing page to replay what a reporter typed.
public sealed class SingleUseAuthenticator(TimeProvider clock) : AuthenticatorTokenProvider<StaffUser>
{
    private const string Store = "[Sahifa]";
    private const string LastCode = "LastAuthenticatorCode";

    // Identity accepts codes from two 30-second steps either side of now; a used code is refused
    // for longer than that.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (await manager.GetAuthenticationTokenAsync(user, Store, LastCode) is { } last
            && last.Split('|') is [var code, var at]
            && code == token
            && long.TryParse(at, NumberStyles.Integer, CultureInfo.InvariantCulture, out var usedAt)
            && now - usedAt < Window.TotalSeconds)
        {
            return false;
        }

        // The account's concurrency stamp makes this fail for the second of two simultaneous
        // requests with the same code, so only one of them gets in.
        var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastCode, string.Create(CultureInfo.InvariantCulture, $"{token}|{now}"));
        return saved.Succeeded;
    }
}
