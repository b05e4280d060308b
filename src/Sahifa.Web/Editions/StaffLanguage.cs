using System.Globalization;

namespace Sahifa.Web.Editions;

/// The language a staff member reads the newsroom in, chosen on their account page and kept
/// in a cookie sent only to `/newsroom`: any of the four interface languages, whatever
/// editions the site publishes. Unset, the primary edition's.
public static class StaffLanguage
{
    public const string Cookie = "sahifa-language";

    public static bool IsNewsroom(PathString path) => path.StartsWithSegments("/newsroom", StringComparison.OrdinalIgnoreCase);

    public static CultureInfo Of(HttpContext http, SiteEditions editions) =>
        http.Request.Cookies[Cookie] is { } code && Edition.Known.Contains(code)
            ? CultureInfo.GetCultureInfo(code)
            : editions.Primary.Culture;

    /// The language code for `<html lang>`: the chosen one, or Arabic for a culture Sahifa does
    /// not speak.
    public static string Code(string cultureName) => Edition.Known.Contains(cultureName) ? cultureName : Edition.Arabic;

    public static string Direction(string cultureName) => Choices.First(c => c.Code == Code(cultureName)).Direction;

    /// The four interface languages, each named in itself, for the account page's choice.
    public static IReadOnlyList<Edition> Choices { get; } =
        Edition.Known.Select(code => Edition.From(new EditionOptions { Code = code }, primary: false)).ToList();

    public static void Choose(HttpContext http, string code) =>
        http.Response.Cookies.Append(Cookie, code, new CookieOptions
        {
            Path = "/newsroom",
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
        });
}
