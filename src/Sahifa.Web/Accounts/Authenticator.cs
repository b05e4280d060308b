using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using QRCoder;
using Sahifa.Arabic;

namespace Sahifa.Web.Accounts;

/// What enrolling an authenticator app and signing in with it need besides Identity: the key as
/// a person can type it, the otpauth URI as a QR code, and codes as people really type them.
public static class Authenticator
{
    public const int RecoveryCodeCount = 10;

    /// The shared key in groups of four, lower case, as apps that take it by hand expect.
    public static string FormatKey(string key)
    {
        var text = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(key[i]));
        }

        return text.ToString();
    }

    /// The Key Uri Format every authenticator app reads: the issuer is the site, the account the
    /// e-mail, so a reporter with accounts on two Sahifa sites can tell them apart.
    public static string Uri(string issuer, string email, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6");

    /// A six-digit authenticator code in ASCII digits, or null when the input is something else
    /// (a recovery code). Phones with an Arabic keyboard type ٠–٩ (or Persian ۰–۹), and people
    /// copy "123 456" with its space from the app.
    public static string? AuthenticatorCode(string? input)
    {
        var code = Compact(input);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// A recovery code as Identity stores it (XXXXX-XXXXX, upper case), from what was typed:
    /// lower case, without the dash, or with spaces.
    public static string RecoveryCode(string? input)
    {
        var code = Compact(input).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;
    }

    private static string Compact(string? input) =>
        string.Concat(ArabicDigits.ToWestern(input ?? "").Where(c => !char.IsWhiteSpace(c)));

    /// The QR code as inline SVG: drawn here, so the page loads nothing from another host and
    /// needs no script (the CSP allows neither). One path of unit squares on a white ground; the
    /// four-module quiet zone QRCoder adds keeps it readable on any background.
    public static IHtmlContent QrCode(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                // A run of dark modules becomes one rectangle: a third of the bytes of one per module.
                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        var svg = string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * 5}\" height=\"{size * 5}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
        return new HtmlString(svg);
    }
}
