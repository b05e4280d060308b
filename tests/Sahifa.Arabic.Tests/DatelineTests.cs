using System.Globalization;

namespace Sahifa.Arabic.Tests;

public class DatelineTests
{
    [Fact]
    public void Default_options_print_both_month_names_western_digits_and_the_time_in_Damascus()
    {
        var options = DatelineOptions.Default;

        Assert.Equal(MonthStyle.Both, options.MonthStyle);
        Assert.Equal(DigitStyle.Western, options.Digits);
        Assert.False(options.IncludeHijri);
        Assert.True(options.IncludeTime);
        Assert.Equal("Asia/Damascus", options.TimeZone.Id);
        Assert.Equal("الأحد 21 فبراير/شباط 2021، 14:30", Dateline.Format(Instant("2021-02-21T12:30:00Z"), options));
    }

    [Theory]
    [InlineData(MonthStyle.Both, DigitStyle.Western, false, true, "الأحد 21 فبراير/شباط 2021، 14:30")]
    [InlineData(MonthStyle.Both, DigitStyle.Eastern, false, true, "الأحد ٢١ فبراير/شباط ٢٠٢١، ١٤:٣٠")]
    [InlineData(MonthStyle.Western, DigitStyle.Western, false, true, "الأحد 21 فبراير 2021، 14:30")]
    [InlineData(MonthStyle.Levantine, DigitStyle.Western, false, true, "الأحد 21 شباط 2021، 14:30")]
    [InlineData(MonthStyle.Maghrebi, DigitStyle.Western, false, true, "الأحد 21 فيفري 2021، 14:30")]
    [InlineData(MonthStyle.Both, DigitStyle.Western, false, false, "الأحد 21 فبراير/شباط 2021")]
    [InlineData(MonthStyle.Both, DigitStyle.Western, true, true, "الأحد 21 فبراير/شباط 2021 (9 رجب 1442 هـ)، 14:30")]
    [InlineData(MonthStyle.Both, DigitStyle.Eastern, true, true, "الأحد ٢١ فبراير/شباط ٢٠٢١ (٩ رجب ١٤٤٢ هـ)، ١٤:٣٠")]
    [InlineData(MonthStyle.Levantine, DigitStyle.Eastern, true, false, "الأحد ٢١ شباط ٢٠٢١ (٩ رجب ١٤٤٢ هـ)")]
    public void Format_honours_each_option_for_Sunday_21_February_2021_in_Damascus(
        MonthStyle months, DigitStyle digits, bool hijri, bool time, string expected)
    {
        // 14:30 in Damascus, which was UTC+2 in winter 2021.
        var options = new DatelineOptions { MonthStyle = months, Digits = digits, IncludeHijri = hijri, IncludeTime = time };

        Assert.Equal(expected, Dateline.Format(Instant("2021-02-21T12:30:00Z"), options));
    }

    [Theory]
    // Syria kept summer time all year from late 2022 (tzdata 2022f), so winter is UTC+3 now.
    [InlineData("2024-03-01T22:30:00Z", "السبت 2 مارس/آذار 2024، 01:30")]
    [InlineData("2023-01-15T12:00:00Z", "الأحد 15 يناير/كانون الثاني 2023، 15:00")]
    [InlineData("2025-12-31T22:30:00Z", "الخميس 1 يناير/كانون الثاني 2026، 01:30")]
    [InlineData("2024-07-15T09:05:00Z", "الاثنين 15 يوليو/تموز 2024، 12:05")]
    [InlineData("2021-07-01T12:00:00Z", "الخميس 1 يوليو/تموز 2021، 15:00")]
    [InlineData("2022-10-28T12:00:00Z", "الجمعة 28 أكتوبر/تشرين الأول 2022، 15:00")]
    public void Format_uses_the_date_and_time_in_Damascus_not_in_UTC(string instant, string expected) =>
        Assert.Equal(expected, Dateline.Format(Instant(instant), DatelineOptions.Default));

    [Theory]
    [InlineData("2021-02-21T12:30:00Z", "الأحد 21 فبراير/شباط 2021 (9 رجب 1442 هـ)، 14:30")]
    // Umm al-Qura starts Ramadan 1447 on Wednesday 18 February 2026.
    [InlineData("2026-02-17T12:00:00Z", "الثلاثاء 17 فبراير/شباط 2026 (29 شعبان 1447 هـ)، 15:00")]
    [InlineData("2026-02-18T12:00:00Z", "الأربعاء 18 فبراير/شباط 2026 (1 رمضان 1447 هـ)، 15:00")]
    [InlineData("2026-03-15T09:00:00Z", "الأحد 15 مارس/آذار 2026 (26 رمضان 1447 هـ)، 12:00")]
    [InlineData("2026-03-20T09:00:00Z", "الجمعة 20 مارس/آذار 2026 (1 شوال 1447 هـ)، 12:00")]
    // 23:30 UTC on 1 March is already 2 March in Damascus, and so is the Hijri day.
    [InlineData("2024-03-01T22:30:00Z", "السبت 2 مارس/آذار 2024 (21 شعبان 1445 هـ)، 01:30")]
    public void Format_adds_the_umm_al_qura_date_for_the_day_in_the_sites_zone(string instant, string expected) =>
        Assert.Equal(expected, Dateline.Format(Instant(instant), DatelineOptions.Default with { IncludeHijri = true }));

    [Theory]
    [InlineData("1850-06-01T10:00:00Z", "السبت 1 يونيو/حزيران 1850، 10:00")]
    [InlineData("2080-06-01T10:00:00Z", "السبت 1 يونيو/حزيران 2080، 10:00")]
    public void Format_leaves_out_the_hijri_date_beyond_the_umm_al_qura_tables(string instant, string expected)
    {
        var options = new DatelineOptions { IncludeHijri = true, TimeZone = TimeZoneInfo.Utc };

        Assert.Equal(expected, Dateline.Format(Instant(instant), options));
    }

    [Theory]
    // The same instant is still Friday in Algiers (UTC+1) but already Saturday in Damascus.
    [InlineData("2024-03-01T22:30:00Z", "Africa/Algiers", MonthStyle.Maghrebi, "الجمعة 1 مارس 2024، 23:30")]
    [InlineData("2024-07-05T10:00:00Z", "Africa/Algiers", MonthStyle.Maghrebi, "الجمعة 5 جويلية 2024، 11:00")]
    [InlineData("2024-08-15T10:00:00Z", "Africa/Tunis", MonthStyle.Maghrebi, "الخميس 15 أوت 2024، 11:00")]
    [InlineData("2024-07-01T12:00:00Z", "Africa/Cairo", MonthStyle.Western, "الاثنين 1 يوليو 2024، 15:00")]
    [InlineData("2024-01-01T12:00:00Z", "Africa/Cairo", MonthStyle.Western, "الاثنين 1 يناير 2024، 14:00")]
    [InlineData("2024-03-01T22:30:00Z", "Asia/Baghdad", MonthStyle.Levantine, "السبت 2 آذار 2024، 01:30")]
    public void Format_uses_the_sites_time_zone(string instant, string zoneId, MonthStyle months, string expected)
    {
        var options = new DatelineOptions { MonthStyle = months, TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zoneId) };

        Assert.Equal(expected, Dateline.Format(Instant(instant), options));
    }

    [Theory]
    [InlineData("2021-02-21T12:30:00Z", MonthStyle.Both, DigitStyle.Western, false, "21 فبراير/شباط 2021")]
    [InlineData("2021-02-21T12:30:00Z", MonthStyle.Both, DigitStyle.Eastern, false, "٢١ فبراير/شباط ٢٠٢١")]
    [InlineData("2021-02-21T12:30:00Z", MonthStyle.Both, DigitStyle.Western, true, "21 فبراير/شباط 2021 (9 رجب 1442 هـ)")]
    [InlineData("2024-03-01T22:30:00Z", MonthStyle.Levantine, DigitStyle.Western, false, "2 آذار 2024")]
    [InlineData("2024-04-10T09:00:00Z", MonthStyle.Maghrebi, DigitStyle.Western, false, "10 أفريل 2024")]
    public void FormatDate_prints_the_date_without_weekday_or_time(
        string instant, MonthStyle months, DigitStyle digits, bool hijri, string expected)
    {
        var options = new DatelineOptions { MonthStyle = months, Digits = digits, IncludeHijri = hijri };

        Assert.Equal(expected, Dateline.FormatDate(Instant(instant), options));
    }

    [Theory]
    [InlineData(1, MonthStyle.Western, "يناير")]
    [InlineData(1, MonthStyle.Levantine, "كانون الثاني")]
    [InlineData(1, MonthStyle.Both, "يناير/كانون الثاني")]
    [InlineData(1, MonthStyle.Maghrebi, "جانفي")]
    [InlineData(2, MonthStyle.Both, "فبراير/شباط")]
    [InlineData(2, MonthStyle.Maghrebi, "فيفري")]
    [InlineData(3, MonthStyle.Levantine, "آذار")]
    [InlineData(4, MonthStyle.Western, "أبريل")]
    [InlineData(4, MonthStyle.Maghrebi, "أفريل")]
    [InlineData(5, MonthStyle.Levantine, "أيار")]
    [InlineData(5, MonthStyle.Maghrebi, "ماي")]
    [InlineData(6, MonthStyle.Both, "يونيو/حزيران")]
    [InlineData(6, MonthStyle.Maghrebi, "جوان")]
    [InlineData(7, MonthStyle.Maghrebi, "جويلية")]
    [InlineData(8, MonthStyle.Western, "أغسطس")]
    [InlineData(8, MonthStyle.Levantine, "آب")]
    [InlineData(8, MonthStyle.Maghrebi, "أوت")]
    [InlineData(9, MonthStyle.Both, "سبتمبر/أيلول")]
    [InlineData(10, MonthStyle.Both, "أكتوبر/تشرين الأول")]
    [InlineData(11, MonthStyle.Levantine, "تشرين الثاني")]
    [InlineData(12, MonthStyle.Western, "ديسمبر")]
    [InlineData(12, MonthStyle.Levantine, "كانون الأول")]
    [InlineData(12, MonthStyle.Maghrebi, "ديسمبر")]
    public void MonthName_comes_from_the_table_for_each_style(int month, MonthStyle style, string expected) =>
        Assert.Equal(expected, Dateline.MonthName(month, style));

    [Theory]
    [InlineData(MonthStyle.Western)]
    [InlineData(MonthStyle.Levantine)]
    [InlineData(MonthStyle.Both)]
    [InlineData(MonthStyle.Maghrebi)]
    public void MonthName_gives_twelve_different_names_in_every_style(MonthStyle style)
    {
        var names = Enumerable.Range(1, 12).Select(m => Dateline.MonthName(m, style)).ToList();

        Assert.Equal(12, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_rejects_a_month_outside_1_to_12(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Dateline.MonthName(month, MonthStyle.Both));

    [Theory]
    [InlineData(DayOfWeek.Sunday, "الأحد")]
    [InlineData(DayOfWeek.Monday, "الاثنين")]
    [InlineData(DayOfWeek.Tuesday, "الثلاثاء")]
    [InlineData(DayOfWeek.Wednesday, "الأربعاء")]
    [InlineData(DayOfWeek.Thursday, "الخميس")]
    [InlineData(DayOfWeek.Friday, "الجمعة")]
    [InlineData(DayOfWeek.Saturday, "السبت")]
    public void WeekdayName_is_the_arabic_day(DayOfWeek day, string expected) =>
        Assert.Equal(expected, Dateline.WeekdayName(day));

    [Theory]
    [InlineData("2021-02-21T12:30:00Z", "Asia/Damascus", "2021-02-21T14:30:00+02:00")]
    [InlineData("2021-07-01T12:00:00Z", "Asia/Damascus", "2021-07-01T15:00:00+03:00")]
    [InlineData("2023-01-15T12:00:00Z", "Asia/Damascus", "2023-01-15T15:00:00+03:00")]
    [InlineData("2024-03-01T22:30:00Z", "Asia/Damascus", "2024-03-02T01:30:00+03:00")]
    [InlineData("2024-03-01T22:30:00Z", "Africa/Algiers", "2024-03-01T23:30:00+01:00")]
    public void ToSiteTime_keeps_the_instant_and_takes_the_zones_offset_at_that_moment(
        string instant, string zoneId, string expected)
    {
        var local = Dateline.ToSiteTime(Instant(instant), TimeZoneInfo.FindSystemTimeZoneById(zoneId));

        Assert.Equal(Instant(expected), local);
        Assert.Equal(Instant(expected).Offset, local.Offset);
    }

    [Fact]
    public void The_ar_SA_culture_on_this_machine_really_defaults_to_the_hijri_calendar() =>
        // Without ICU every culture behaves like the invariant one, and the test below would pass
        // without proving anything.
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").DateTimeFormat.Calendar);

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("ar-EG")]
    [InlineData("ar-JO")]
    [InlineData("ar-DZ")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    [InlineData("en-US")]
    public void Format_is_the_same_whatever_the_ambient_culture(string cultureName)
    {
        var options = DatelineOptions.Default with { IncludeHijri = true, Digits = DigitStyle.Eastern };
        var thread = Thread.CurrentThread;
        var saved = thread.CurrentCulture;
        try
        {
            // Thread.CurrentCulture sets the same ambient culture as the banned
            // CultureInfo.CurrentCulture, without needing a pragma for the one place it is wanted.
            thread.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);

            Assert.Equal(
                "الأحد ٢١ فبراير/شباط ٢٠٢١ (٩ رجب ١٤٤٢ هـ)، ١٤:٣٠",
                Dateline.Format(Instant("2021-02-21T12:30:00Z"), options));
            Assert.Equal("21 فبراير/شباط 2021", Dateline.FormatDate(Instant("2021-02-21T12:30:00Z"), DatelineOptions.Default));
        }
        finally
        {
            thread.CurrentCulture = saved;
        }
    }

    private static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
