using System.Net;
using OtpNet;

namespace Sahifa.Web.Tests.Newsroom;

/// What a reporter's phone does: reads the shared key off the enrolment page and computes codes
/// with an RFC 6238 implementation that is not ours.
public sealed class AuthenticatorApp(string key)
{
    public string Key { get; } = key;

    /// The code the app shows now, or a later one: Identity accepts codes two steps ahead, and a
    /// code already used is refused, so a test that signs in twice asks for the next step.
    public string Code(int stepsAhead = 0) =>
        new Totp(Base32Encoding.ToBytes(Key)).ComputeTotp(DateTime.SpecifyKind(TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(30 * stepsAhead), DateTimeKind.Utc));

    /// Enrols the signed-in client's account: scans the key, confirms a code and keeps the
    /// recovery codes the page shows once.
    public static async Task<(AuthenticatorApp App, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/newsroom/account/two-factor");
        var app = new AuthenticatorApp(page.Text(".shared-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        using var confirmed = await client.SubmitAsync(page, new Dictionary<string, string> { ["code"] = app.Code() }, "form#enable", pageUrl: "/newsroom/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var codes = (await confirmed.ReadDocumentAsync()).Texts(".codes code");
        return (app, codes);
    }
}
