using System.Globalization;

namespace Sahifa.Arabic;

/// <summary>Which names a dateline uses for the Gregorian months.</summary>
public enum MonthStyle
{
    /// <summary>يناير، فبراير… as in Egypt and the Gulf.</summary>
    Western,

    /// <summary>كانون الثاني، شباط… the Syriac names used in Syria, Lebanon, Jordan, Palestine and Iraq.</summary>
    Levantine,

    /// <summary>"فبراير/شباط": both, so that every Arab reader recognises the month.</summary>
    Both,

    /// <summary>جانفي، فيفري… as in Algeria and Tunisia (Morocco uses yet another set).</summary>
    Maghrebi,
}

/// <summary>How a site prints reader-facing dates.</summary>
public sealed record DatelineOptions
{
    // An IANA id: Linux reads it from tzdata, and Windows maps it through ICU.
    private static readonly TimeZoneInfo Damascus = TimeZoneInfo.FindSystemTimeZoneById("Asia/Damascus");

    public static DatelineOptions Default { get; } = new();

    public MonthStyle MonthStyle { get; init; } = MonthStyle.Both;

    public DigitStyle Digits { get; init; } = DigitStyle.Western;

    /// <summary>Adds the Umm al-Qura Hijri date, e.g. "(9 رجب 1442 هـ)".</summary>
    public bool IncludeHijri { get; init; }

    /// <summary>Adds the 24-hour time after the date; only <see cref="Dateline.Format"/> uses it.</summary>
    public bool IncludeTime { get; init; } = true;

    /// <summary>The site's zone: dates and times are printed as a reader there sees them.</summary>
    public TimeZoneInfo TimeZone { get; init; } = Damascus;
}

/// <summary>
/// Formats dates for readers from explicit tables, never from the ambient culture: under ar-SA
/// .NET prints Hijri dates, under ar-EG Western month names and under ar-JO Syriac ones.
/// </summary>
public static class Dateline
{
    private static readonly string[] WesternMonths =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    private static readonly string[] LevantineMonths =
    [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ];

    private static readonly string[] MaghrebiMonths =
    [
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
        "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    private static readonly string[] HijriMonths =
    [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ];

    // Indexed by DayOfWeek, which starts on Sunday.
    private static readonly string[] Weekdays =
    [
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    ];

    // Umm al-Qura is the calendar Saudi Arabia publishes. It is computed, not sighted, so around
    // the start of a month it can be a day away from what another country announces.
    private static readonly UmAlQuraCalendar Hijri = new();

    /// <summary>
    /// The full dateline, e.g. "الأحد 21 فبراير/شباط 2021، 14:30", in the options' zone.
    /// </summary>
    /// <remarks>
    /// With <see cref="DatelineOptions.IncludeHijri"/> the Hijri date follows the Gregorian date it
    /// restates, before the time: "الأحد 21 فبراير/شباط 2021 (9 رجب 1442 هـ)، 14:30". It is left
    /// out for dates the Umm al-Qura tables do not cover (before 1900 or after 2077).
    /// </remarks>
    public static string Format(DateTimeOffset instant, DatelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = ToSiteTime(instant, options.TimeZone);
        var text = WeekdayName(local.DayOfWeek) + " " + DateWithHijri(local, options);
        if (options.IncludeTime)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"، {local.Hour:00}:{local.Minute:00}");
        }

        return ArabicDigits.Apply(text, options.Digits);
    }

    /// <summary>
    /// The date alone for lists and cards, e.g. "21 فبراير/شباط 2021": no weekday and no time,
    /// but the Hijri date when the options ask for it.
    /// </summary>
    public static string FormatDate(DateTimeOffset instant, DatelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = ToSiteTime(instant, options.TimeZone);
        return ArabicDigits.Apply(DateWithHijri(local, options), options.Digits);
    }

    /// <param name="month">1 for January through 12 for December.</param>
    /// <param name="style">Which name or names to use.</param>
    public static string MonthName(int month, MonthStyle style)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var i = month - 1;
        return style switch
        {
            MonthStyle.Western => WesternMonths[i],
            MonthStyle.Levantine => LevantineMonths[i],
            MonthStyle.Both => WesternMonths[i] + "/" + LevantineMonths[i],
            MonthStyle.Maghrebi => MaghrebiMonths[i],
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
    }

    /// The month names of every style but the Hijri one, for search to read them (SearchDates):
    /// each is (month 1–12, name).
    internal static IEnumerable<(int Month, string Name)> GregorianMonthNames() =>
        new[] { WesternMonths, LevantineMonths, MaghrebiMonths }
            .SelectMany(names => names.Select((name, i) => (i + 1, name)));

    public static string WeekdayName(DayOfWeek day)
    {
        if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, null);
        }

        return Weekdays[(int)day];
    }

    /// <summary>The same instant, with the offset <paramref name="zone"/> had at that moment.</summary>
    public static DateTimeOffset ToSiteTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    private static string DateWithHijri(DateTimeOffset local, DatelineOptions options)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{local.Day} {MonthName(local.Month, options.MonthStyle)} {local.Year}");
        if (options.IncludeHijri && HijriDate(local.DateTime) is { } hijri)
        {
            text += " (" + hijri + ")";
        }

        return text;
    }

    private static string? HijriDate(DateTime localDate)
    {
        if (localDate < Hijri.MinSupportedDateTime || localDate > Hijri.MaxSupportedDateTime)
        {
            return null;
        }

        var day = Hijri.GetDayOfMonth(localDate);
        var month = Hijri.GetMonth(localDate);
        var year = Hijri.GetYear(localDate);
        return string.Create(CultureInfo.InvariantCulture, $"{day} {HijriMonths[month - 1]} {year} هـ");
    }
}
