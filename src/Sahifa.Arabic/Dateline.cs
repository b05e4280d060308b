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

    /// <summary>
    /// The language of the weekday and month names and of the date's shape. Arabic by default; the
    /// other languages ignore <see cref="MonthStyle"/> and <see cref="IncludeHijri"/>.
    /// </summary>
    public DatelineLanguage Language { get; init; } = DatelineLanguage.Arabic;

    /// <summary>Adds the Umm al-Qura Hijri date, e.g. "(9 رجب 1442 هـ)"; Arabic datelines only.</summary>
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

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] EnglishWeekdays =
    [
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    ];

    // Central Kurdish (Sorani) as Iraqi Kurdistan prints it: the Syriac month names, the same set as
    // the Levantine Arabic one. Checked against Unicode CLDR, unicode-org/cldr common/main/ckb.xml
    // (commit 008859198cf2d68c57b98af08683b322c10a2c39, gregorian months and days, format/wide),
    // which is not followed blindly in two places:
    // - December: CLDR has کانونی یەکەم with one و but January کانوونی دووەم with two. Sorani writes
    //   the long û as وو, and MediaWiki's ckb messages (translatewiki.net, e.g. the copy in
    //   FlominatorTM/wikiblame wikiblame_inc/ckb.php) write کانوونی یەکەم, so both Kanuns have وو.
    // - The h of هەینی (Friday, the only h in these tables) is ه U+0647. CLDR's Friday has ھ U+06BE,
    //   but its own exemplar set for ckb lists ه U+0647 as the Sorani letter and ھ only among the
    //   auxiliary characters, the file itself mixes them (ھەفتە beside هەفتەی پێشوو), and Sorani news
    //   sites (Rudaw, Shafaq News) type U+0647. Search folds ھ to ه (SearchText), so a reader who
    //   types either still finds the date.
    // The other letters are the Kurdish ones, not their Arabic look-alikes: ی U+06CC, ک U+06A9,
    // ە U+06D5, ێ U+06CE.
    private static readonly string[] SoraniMonths =
    [
        "کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران",
        "تەمووز", "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم",
    ];

    private static readonly string[] SoraniWeekdays =
    [
        "یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە",
    ];

    // Northern Kurdish (Kurmanji) as a newsroom in north-east Syria prints it: the Syriac-derived
    // months, which match the Levantine Arabic months (كانون الثاني…كانون الأول) the Arabic editions
    // there use. moment/moment src/locale/ku-kmr.js (commit 89f5e766f1404b1f5d99d1aefd3f7f073437891d)
    // records that Rêbera Rastnivîsînê, the spelling guide of Komxebata Kurmancîyê (Weqfa
    // Mezopotamyayê), gives this set; CLDR's ku.xml has instead the names coined in Turkey
    // (rêbendan, reşemî, adar, avrêl, … berfanbar), which a reader in Qamishli would not expect
    // beside آذار and نيسان. Spellings differ between outlets: Rêbera writes Çirîya, the Qamishli
    // press often contracts it to Çirya, and some write Çile for January. We print Çiriya, the
    // regular Latin-alphabet form with ezafe -ya, and Kanûna Paşîn.
    // Weekdays are CLDR ku's (yekşem … şemî). Rule: month and weekday names are always capitalised,
    // as proper names, the way the Kurmanji press prints them, although CLDR lists them in lower case.
    private static readonly string[] KurmanjiMonths =
    [
        "Kanûna Paşîn", "Sibat", "Adar", "Nîsan", "Gulan", "Hezîran",
        "Tîrmeh", "Tebax", "Îlon", "Çiriya Pêşîn", "Çiriya Paşîn", "Kanûna Pêşîn",
    ];

    private static readonly string[] KurmanjiWeekdays =
    [
        "Yekşem", "Duşem", "Sêşem", "Çarşem", "Pêncşem", "În", "Şemî",
    ];

    // The Sorani izafe ی (U+06CC) that links the day to the month and the month to the year:
    // "21ی شوباتی 2021". It is the long date of CLDR ckb ("dی MMMMی y") and the form Sorani
    // papers print in datelines ("3ی شوباتی 2026" in Shafaq News). No month name ends in ی, after
    // which the izafe would be written یی (as in CLDR's کوردیی ناوەندی), so one letter is enough.
    private const char SoraniIzafe = '\u06CC';

    // Umm al-Qura is the calendar Saudi Arabia publishes. It is computed, not sighted, so around
    // the start of a month it can be a day away from what another country announces.
    private static readonly UmAlQuraCalendar Hijri = new();

    /// <summary>
    /// The full dateline, e.g. "الأحد 21 فبراير/شباط 2021، 14:30", in the options' zone and
    /// <see cref="DatelineOptions.Language"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// With <see cref="DatelineOptions.IncludeHijri"/> the Hijri date follows the Gregorian date it
    /// restates, before the time: "الأحد 21 فبراير/شباط 2021 (9 رجب 1442 هـ)، 14:30". It is left
    /// out for dates the Umm al-Qura tables do not cover (before 1900 or after 2077).
    /// </para>
    /// <para>
    /// The other languages: "Sunday 21 February 2021, 14:30", "یەکشەممە 21ی شوباتی 2021، 14:30"
    /// and "Yekşem 21 Sibat 2021, 14:30". The time is always 24-hour.
    /// </para>
    /// </remarks>
    public static string Format(DateTimeOffset instant, DatelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = ToSiteTime(instant, options.TimeZone);
        var text = WeekdayName(local.DayOfWeek, options.Language) + " " + DateWithHijri(local, options);
        if (options.IncludeTime)
        {
            text += string.Create(
                CultureInfo.InvariantCulture,
                $"{TimeComma(options.Language)} {local.Hour:00}:{local.Minute:00}");
        }

        return ArabicDigits.Apply(text, options.Digits);
    }

    /// <summary>
    /// The date alone for lists and cards, e.g. "21 فبراير/شباط 2021", "21 February 2021",
    /// "21ی شوباتی 2021" or "21 Sibat 2021": no weekday and no time, but the Hijri date when the
    /// options ask for it in Arabic.
    /// </summary>
    public static string FormatDate(DateTimeOffset instant, DatelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = ToSiteTime(instant, options.TimeZone);
        return ArabicDigits.Apply(DateWithHijri(local, options), options.Digits);
    }

    /// <summary>The Arabic name of a Gregorian month.</summary>
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

    /// <summary>The name of a Gregorian month in <paramref name="language"/>, from the same table datelines use.</summary>
    /// <param name="month">1 for January through 12 for December.</param>
    /// <param name="language">The dateline language.</param>
    /// <param name="style">Which Arabic name or names to use; the other languages have one set each and ignore it.</param>
    public static string MonthName(int month, DatelineLanguage language, MonthStyle style)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return language switch
        {
            DatelineLanguage.Arabic => MonthName(month, style),
            DatelineLanguage.English => EnglishMonths[month - 1],
            DatelineLanguage.Sorani => SoraniMonths[month - 1],
            DatelineLanguage.Kurmanji => KurmanjiMonths[month - 1],
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };
    }

    /// The month names of every style but the Hijri one, for search to read them (SearchDates):
    /// each is (month 1–12, name).
    internal static IEnumerable<(int Month, string Name)> GregorianMonthNames() =>
        new[] { WesternMonths, LevantineMonths, MaghrebiMonths }
            .SelectMany(names => names.Select((name, i) => (i + 1, name)));

    /// <summary>The Arabic name of the day, e.g. "الأحد".</summary>
    public static string WeekdayName(DayOfWeek day) => WeekdayName(day, DatelineLanguage.Arabic);

    /// <summary>The name of the day in <paramref name="language"/>, from the same table datelines use.</summary>
    public static string WeekdayName(DayOfWeek day, DatelineLanguage language)
    {
        if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, null);
        }

        var names = language switch
        {
            DatelineLanguage.Arabic => Weekdays,
            DatelineLanguage.English => EnglishWeekdays,
            DatelineLanguage.Sorani => SoraniWeekdays,
            DatelineLanguage.Kurmanji => KurmanjiWeekdays,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };
        return names[(int)day];
    }

    /// <summary>The same instant, with the offset <paramref name="zone"/> had at that moment.</summary>
    public static DateTimeOffset ToSiteTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    private static string DateWithHijri(DateTimeOffset local, DatelineOptions options)
    {
        var month = MonthName(local.Month, options.Language, options.MonthStyle);
        var text = options.Language == DatelineLanguage.Sorani
            ? string.Create(CultureInfo.InvariantCulture, $"{local.Day}{SoraniIzafe} {month}{SoraniIzafe} {local.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{local.Day} {month} {local.Year}");

        // Only Arabic gets the Hijri date: the month table is Arabic, English has no use for it,
        // and CLDR's Kurdish Hijri month names are all still marked draft="unconfirmed".
        if (options.IncludeHijri && options.Language == DatelineLanguage.Arabic && HijriDate(local.DateTime) is { } hijri)
        {
            text += " (" + hijri + ")";
        }

        return text;
    }

    // The Arabic comma U+060C in the right-to-left languages, the Latin one in the others.
    private static string TimeComma(DatelineLanguage language) =>
        language is DatelineLanguage.Arabic or DatelineLanguage.Sorani ? "،" : ",";

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
