using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Sahifa.Web.Readers;

public enum StampCheck
{
    Valid,
    TooFast,
    Invalid,
}

/// The time a form was served, signed with the data protection keys (kept in the database, so a
/// form served by one node is accepted by another). A cached page carries the time it was
/// rendered, so the check is a floor against scripts that post without loading the page, not a
/// measure of each reader.
public sealed class FormStamps(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Field = "stamp";

    // Long enough for a tab left open over a weekend; older stamps are refused and renewed.
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    // The purpose keeps the name it had when only comments used it, so that forms served before
    // an upgrade are still accepted after it.
    private readonly IDataProtector _protector = protection.CreateProtector("Sahifa.Comments.FormStamp.v1");

    public string Issue() =>
        _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    public StampCheck Check(string? stamp, TimeSpan minimum)
    {
        if (stamp is not { Length: > 0 and < 1000 })
        {
            return StampCheck.Invalid;
        }

        long ticks;
        try
        {
            if (!long.TryParse(_protector.Unprotect(stamp), NumberStyles.None, CultureInfo.InvariantCulture, out ticks))
            {
                return StampCheck.Invalid;
            }
        }
        catch (CryptographicException)
        {
            return StampCheck.Invalid;
        }

        var age = clock.GetUtcNow().UtcTicks - ticks;
        if (age > MaxAge.Ticks)
        {
            return StampCheck.Invalid;
        }

        return age < minimum.Ticks ? StampCheck.TooFast : StampCheck.Valid;
    }
}
