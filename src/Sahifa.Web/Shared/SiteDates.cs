using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Editions;

namespace Sahifa.Web.Shared;

/// Reader-facing dates in the site's time zone and house style, and the machine form for
/// `<time datetime>`. Views use this rather than formatting dates themselves. Each edition
/// prints its own (English "Sunday 21 February 2021, 14:30", Sorani, Kurmanji), in its own zone
/// when it has one: the edition is the one the interface speaks (the current UI culture, which
/// the edition or the staff member's choice sets).
public sealed class SiteDates : IDisposable
{
    private readonly IDisposable? _listener;
    private readonly SiteEditions _editions;
    private readonly ConcurrentDictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private volatile SiteOptions _site;

    // A singleton that follows the settings: admins change the time zone, digits and month names
    // on the settings page, and the next page rendered uses them.
    public SiteDates(IOptionsMonitor<SiteOptions> options, SiteEditions? editions = null)
    {
        _editions = editions ?? new SiteEditions([]);
        _site = options.CurrentValue;
        _listener = options.OnChange(site =>
        {
            _site = site;
            _styles.Clear();
        });
    }

    public DigitStyle Digits => Current.Digits;

    public TimeZoneInfo TimeZone => Current.Dateline.TimeZone;

    public void Dispose() => _listener?.Dispose();

    public string Dateline(DateTime utc) => Arabic.Dateline.Format(AsInstant(utc), Current.Dateline);

    public string Date(DateTime utc) => Arabic.Dateline.FormatDate(AsInstant(utc), Current.DateOnly);

    /// ISO 8601 with the site's offset, e.g. 2021-02-21T14:30:00+02:00.
    public string Machine(DateTime utc) => Rfc3339(InSiteTime(utc));

    /// RFC 3339 (and so W3C Datetime and ISO 8601) with the offset and whole seconds, as feeds,
    /// sitemaps and structured data want it: "2026-03-01T13:00:00+03:00".
    public static string Rfc3339(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// The instant with the site's offset at that moment, for feeds and structured data.
    public DateTimeOffset InSiteTime(DateTime utc) => Arabic.Dateline.ToSiteTime(AsInstant(utc), TimeZone);

    public string Number(int n) => ArabicDigits.Format(n, Digits);

    /// The style of an edition, whatever language the interface speaks now.
    public DatelineOptions DatelineFor(Edition edition) => StyleOf(edition).Dateline;

    private Style Current => StyleOf(EditionSpoken());

    // The staff member's language may be one the site publishes no edition in: its dates then
    // follow that language's defaults.
    private Edition EditionSpoken()
    {
        var code = CultureInfo.CurrentUICulture.Name;
        return _editions.Find(code) ?? StaffLanguage.Choices.FirstOrDefault(c => c.Code == code) ?? _editions.Primary;
    }

    private Style StyleOf(Edition edition) => _styles.GetOrAdd(edition.Code, _ => Style.Of(_site, edition));

    private static DateTimeOffset AsInstant(DateTime utc) =>
        new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);

    private sealed record Style(DatelineOptions Dateline, DatelineOptions DateOnly, DigitStyle Digits)
    {
        public static Style Of(SiteOptions site, Edition edition)
        {
            // Arabic editions follow the settings page; the others their own conventions, with
            // the site's zone unless the edition names one.
            var arabic = edition.DatelineLanguage == DatelineLanguage.Arabic;
            var digits = arabic ? edition.Digits ?? site.Digits : edition.Digits ?? DigitStyle.Western;
            var dateline = new DatelineOptions
            {
                Language = edition.DatelineLanguage,
                MonthStyle = edition.MonthStyle ?? site.MonthStyle,
                Digits = digits,
                IncludeHijri = arabic && site.ShowHijriDate,
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById(edition.TimeZone ?? site.TimeZone),
            };
            return new Style(dateline, dateline with { IncludeHijri = false, IncludeTime = false }, digits);
        }
    }
}
