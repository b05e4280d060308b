using System.Globalization;

namespace Sahifa.Web.Editions;

/// Routes `/{code}/…` to the same pages as `/…` within that edition, and sets the interface
/// language: the edition's on public pages, the staff member's choice in the newsroom.
internal sealed class EditionPaths(RequestDelegate next, SiteEditions editions)
{
    // What exists once per edition. Article pages do not: an article has one address whatever
    // its edition, and the newsroom and the API are the desk's, not an edition's.
    private static readonly string[] PerEdition =
    [
        "/sections/", "/tags/", "/sources/", "/authors/", "/search", "/corrections",
        "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/sitemap-news.xml", "/sitemaps/",
    ];

    public Task InvokeAsync(HttpContext http)
    {
        // A re-executed error page keeps the edition of the request that failed.
        if (http.Features.Get<EditionFeature>() is { } already)
        {
            CultureInfo.CurrentUICulture = already.Edition.Culture;
            return next(http);
        }

        var edition = editions.Primary;
        var path = http.Request.Path.Value ?? "/";
        if (editions.AreSeveral && Split(path) is var (code, rest) && editions.Find(code) is { IsPrimary: false } named)
        {
            if (rest.Length == 0)
            {
                http.Response.Redirect(named.Path("/") + http.Request.QueryString, permanent: true);
                return Task.CompletedTask;
            }

            if (rest.StartsWith("/articles/", StringComparison.Ordinal))
            {
                // Escaped again: the path arrives decoded, and an Arabic slug may not go raw
                // into a Location header.
                http.Response.Redirect(new PathString(rest).ToUriComponent() + http.Request.QueryString, permanent: true);
                return Task.CompletedTask;
            }

            if (rest == "/" || PerEdition.Any(p => rest.StartsWith(p, StringComparison.Ordinal)))
            {
                http.Request.Path = rest;
                edition = named;
            }
        }

        http.Features.Set(new EditionFeature(edition));
        CultureInfo.CurrentUICulture = StaffLanguage.IsNewsroom(http.Request.Path)
            ? StaffLanguage.Of(http, editions) : edition.Culture;
        return next(http);
    }

    private static (string Code, string Tail)? Split(string path)
    {
        if (path.Length < 3 || path[0] != '/')
        {
            return null;
        }

        var slash = path.IndexOf('/', 1);
        return slash < 0 ? (path[1..], "") : (path[1..slash], path[slash..]);
    }
}
