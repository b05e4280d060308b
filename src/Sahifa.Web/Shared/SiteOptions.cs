using Sahifa.Arabic;

namespace Sahifa.Web.Shared;

/// The newsroom's identity and house conventions, from `Sahifa:Site` in configuration.
public sealed class SiteOptions
{
    public string Name { get; set; } = "صحيفة";
    public string Tagline { get; set; } = "أخبار الجزيرة السورية كما هي، بمصادرها وتصحيحاتها";

    // The byline used when an article is signed by no named author.
    public string DefaultDesk { get; set; } = "قسم الأخبار";

    public MonthStyle MonthStyle { get; set; } = MonthStyle.Both;
    public DigitStyle Digits { get; set; } = DigitStyle.Western;
    public bool ShowHijriDate { get; set; }
    public string TimeZone { get; set; } = "Asia/Damascus";

    // The public origin, e.g. https://sahifa.example, for every absolute URL that leaves the site
    // (canonical links, feeds, sitemaps, social cards). Unset, the request's scheme and host are
    // used: fine on one host, but behind a proxy or under several names set it, so search engines
    // and caches always see one origin whatever Host header a request carried.
    public string? BaseUrl { get; set; }

    // The publisher's logo in structured data: a path on this site or an absolute URL.
    public string Logo { get; set; } = "/favicon.svg";

    /// An origin only: http or https, no path, query or fragment.
    public static bool IsValidBaseUrl(string? value) =>
        value is not { Length: > 0 }
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/"
            && uri.Query.Length == 0
            && uri.Fragment.Length == 0
            && uri.UserInfo.Length == 0);
}
