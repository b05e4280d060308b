using System.Globalization;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;

namespace Sahifa.Web.Shared;

/// Reader-facing dates in the site's time zone and house style, and the machine form for
/// `<time datetime>`. Views use this rather than formatting dates themselves.
public sealed class SiteDates : IDisposable
{
    private readonly IDisposable? _listener;
    private volatile Style _style;

    // A singleton that follows the settings: admins change the time zone, digits and month names
    // on the settings page, and the next page rendered uses them.
    public SiteDates(IOptionsMonitor<SiteOptions> options)
    {
        _style = Style.Of(options.CurrentValue);
        _listener = options.OnChange(site => _style = Style.Of(site));
    }

    public DigitStyle Digits => _style.Digits;

    public TimeZoneInfo TimeZone => _style.Dateline.TimeZone;

    public void Dispose() => _listener?.Dispose();

    public string Dateline(DateTime utc) => Arabic.Dateline.Format(AsInstant(utc), _style.Dateline);

    public string Date(DateTime utc) => Arabic.Dateline.FormatDate(AsInstant(utc), _style.DateOnly);

    /// ISO 8601 with the site's offset, e.g. 2021-02-21T14:30:00+02:00.
    public string Machine(DateTime utc) => Rfc3339(InSiteTime(utc));

    /// RFC 3339 (and so W3C Datetime and ISO 8601) with the offset and whole seconds, as feeds,
    /// sitemaps and structured data want it: "2026-03-01T13:00:00+03:00".
    public static string Rfc3339(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// The instant with the site's offset at that moment, for feeds and structured data.
    public DateTimeOffset InSiteTime(DateTime utc) => Arabic.Dateline.ToSiteTime(AsInstant(utc), TimeZone);

    public string Number(int n) => ArabicDigits.Format(n, Digits);

    private static DateTimeOffset AsInstant(DateTime utc) =>
        new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);

    private sealed record Style(DatelineOptions Dateline, DatelineOptions DateOnly, DigitStyle Digits)
    {
        public static Style Of(SiteOptions site)
        {
            var dateline = new DatelineOptions
            {
                MonthStyle = site.MonthStyle,
                Digits = site.Digits,
                IncludeHijri = site.ShowHijriDate,
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone),
            };
            return new Style(dateline, dateline with { IncludeHijri = false, IncludeTime = false }, site.Digits);
        }
    }
}
