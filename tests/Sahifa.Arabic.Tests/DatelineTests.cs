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

    [Fact]
    public void Default_options_print_arabic() =>
        Assert.Equal(DatelineLanguage.Arabic, DatelineOptions.Default.Language);

    [Theory]
    [InlineData(DatelineLanguage.Arabic, DigitStyle.Western, "الأحد 21 فبراير/شباط 2021، 14:30")]
    [InlineData(DatelineLanguage.English, DigitStyle.Western, "Sunday 21 February 2021, 14:30")]
    [InlineData(DatelineLanguage.Sorani, DigitStyle.Western, "یەکشەممە 21ی شوباتی 2021، 14:30")]
    [InlineData(DatelineLanguage.Sorani, DigitStyle.Eastern, "یەکشەممە ٢١ی شوباتی ٢٠٢١، ١٤:٣٠")]
    [InlineData(DatelineLanguage.Kurmanji, DigitStyle.Western, "Yekşem 21 Sibat 2021, 14:30")]
    public void Format_prints_sunday_21_february_2021_in_Damascus_in_each_language(
        DatelineLanguage language, DigitStyle digits, string expected)
    {
        var options = new DatelineOptions { Language = language, Digits = digits };

        Assert.Equal(expected, Dateline.Format(Instant("2021-02-21T12:30:00Z"), options));
    }

    [Theory]
    [InlineData(DatelineLanguage.English, DigitStyle.Western, "21 February 2021")]
    [InlineData(DatelineLanguage.Sorani, DigitStyle.Western, "21ی شوباتی 2021")]
    [InlineData(DatelineLanguage.Sorani, DigitStyle.Eastern, "٢١ی شوباتی ٢٠٢١")]
    [InlineData(DatelineLanguage.Kurmanji, DigitStyle.Western, "21 Sibat 2021")]
    public void FormatDate_prints_21_february_2021_in_each_language(
        DatelineLanguage language, DigitStyle digits, string expected)
    {
        var options = new DatelineOptions { Language = language, Digits = digits };

        Assert.Equal(expected, Dateline.FormatDate(Instant("2021-02-21T12:30:00Z"), options));
    }

    [Theory]
    [InlineData(DatelineLanguage.English, "Sunday 21 February 2021")]
    [InlineData(DatelineLanguage.Sorani, "یەکشەممە 21ی شوباتی 2021")]
    [InlineData(DatelineLanguage.Kurmanji, "Yekşem 21 Sibat 2021")]
    public void Format_leaves_out_the_time_when_asked_in_each_language(DatelineLanguage language, string expected)
    {
        var options = new DatelineOptions { Language = language, IncludeTime = false };

        Assert.Equal(expected, Dateline.Format(Instant("2021-02-21T12:30:00Z"), options));
    }

    [Theory]
    // 15:00 on Wednesday 31 December 2025 in Damascus; a Friday in July; and Erbil's zone for Sorani.
    [InlineData("2025-12-31T12:00:00Z", "Asia/Damascus", DatelineLanguage.English, "Wednesday 31 December 2025, 15:00")]
    [InlineData("2025-12-31T12:00:00Z", "Asia/Damascus", DatelineLanguage.Sorani, "چوارشەممە 31ی کانوونی یەکەمی 2025، 15:00")]
    [InlineData("2025-12-31T12:00:00Z", "Asia/Damascus", DatelineLanguage.Kurmanji, "Çarşem 31 Kanûna Pêşîn 2025, 15:00")]
    [InlineData("2024-07-05T10:00:00Z", "Asia/Damascus", DatelineLanguage.English, "Friday 5 July 2024, 13:00")]
    [InlineData("2024-07-05T10:00:00Z", "Asia/Damascus", DatelineLanguage.Sorani, "هەینی 5ی تەمووزی 2024، 13:00")]
    [InlineData("2024-07-05T10:00:00Z", "Asia/Damascus", DatelineLanguage.Kurmanji, "În 5 Tîrmeh 2024, 13:00")]
    [InlineData("2024-10-01T09:00:00Z", "Asia/Baghdad", DatelineLanguage.Sorani, "سێشەممە 1ی تشرینی یەکەمی 2024، 12:00")]
    [InlineData("2024-11-30T09:00:00Z", "Asia/Damascus", DatelineLanguage.Kurmanji, "Şemî 30 Çiriya Paşîn 2024, 12:00")]
    public void Format_puts_two_word_months_and_other_days_in_the_same_shape(
        string instant, string zoneId, DatelineLanguage language, string expected)
    {
        var options = new DatelineOptions { Language = language, TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zoneId) };

        Assert.Equal(expected, Dateline.Format(Instant(instant), options));
    }

    [Theory]
    [InlineData(DatelineLanguage.English, "Sunday 21 February 2021, 14:30", "21 February 2021")]
    [InlineData(DatelineLanguage.Sorani, "یەکشەممە 21ی شوباتی 2021، 14:30", "21ی شوباتی 2021")]
    [InlineData(DatelineLanguage.Kurmanji, "Yekşem 21 Sibat 2021, 14:30", "21 Sibat 2021")]
    public void Languages_other_than_arabic_ignore_the_hijri_date_and_the_month_style(
        DatelineLanguage language, string expectedDateline, string expectedDate)
    {
        foreach (var months in Enum.GetValues<MonthStyle>())
        {
            var options = new DatelineOptions { Language = language, MonthStyle = months, IncludeHijri = true };

            Assert.Equal(expectedDateline, Dateline.Format(Instant("2021-02-21T12:30:00Z"), options));
            Assert.Equal(expectedDate, Dateline.FormatDate(Instant("2021-02-21T12:30:00Z"), options));
        }
    }

    [Theory]
    [InlineData(
        DatelineLanguage.English,
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December")]
    [InlineData(
        DatelineLanguage.Sorani,
        "کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران",
        "تەمووز", "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم")]
    [InlineData(
        DatelineLanguage.Kurmanji,
        "Kanûna Paşîn", "Sibat", "Adar", "Nîsan", "Gulan", "Hezîran",
        "Tîrmeh", "Tebax", "Îlon", "Çiriya Pêşîn", "Çiriya Paşîn", "Kanûna Pêşîn")]
    public void MonthName_gives_the_twelve_months_of_each_language(DatelineLanguage language, params string[] expected)
    {
        // The style only chooses among the Arabic names; every style gives the same table here.
        foreach (var style in Enum.GetValues<MonthStyle>())
        {
            Assert.Equal(expected, Enumerable.Range(1, 12).Select(m => Dateline.MonthName(m, language, style)));
        }
    }

    [Theory]
    [InlineData(1, MonthStyle.Western, "يناير")]
    [InlineData(2, MonthStyle.Levantine, "شباط")]
    [InlineData(6, MonthStyle.Both, "يونيو/حزيران")]
    [InlineData(8, MonthStyle.Maghrebi, "أوت")]
    public void MonthName_in_arabic_follows_the_style(int month, MonthStyle style, string expected) =>
        Assert.Equal(expected, Dateline.MonthName(month, DatelineLanguage.Arabic, style));

    [Theory]
    [InlineData(DatelineLanguage.Arabic, "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")]
    [InlineData(DatelineLanguage.English, "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")]
    [InlineData(DatelineLanguage.Sorani, "یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە")]
    [InlineData(DatelineLanguage.Kurmanji, "Yekşem", "Duşem", "Sêşem", "Çarşem", "Pêncşem", "În", "Şemî")]
    public void WeekdayName_gives_the_seven_days_of_each_language_from_sunday(
        DatelineLanguage language, params string[] expected) =>
        Assert.Equal(expected, Enumerable.Range(0, 7).Select(d => Dateline.WeekdayName((DayOfWeek)d, language)));

    [Fact]
    public void Sorani_friday_is_written_with_heh_U0647_not_heh_doachashmee_U06BE() =>
        // CLDR's ckb Friday is ھەینی with U+06BE; the table follows CLDR's own exemplar letter instead.
        Assert.Equal("\u0647\u06D5\u06CC\u0646\u06CC", Dateline.WeekdayName(DayOfWeek.Friday, DatelineLanguage.Sorani));

    [Fact]
    public void Sorani_names_use_the_kurdish_letters_not_their_arabic_look_alikes()
    {
        var names = Enumerable.Range(1, 12).Select(m => Dateline.MonthName(m, DatelineLanguage.Sorani, MonthStyle.Both))
            .Concat(Enum.GetValues<DayOfWeek>().Select(d => Dateline.WeekdayName(d, DatelineLanguage.Sorani)));

        foreach (var name in names)
        {
            // ي U+064A and ك U+0643 are Arabic; Sorani has ی U+06CC and ک U+06A9. ھ U+06BE, ة U+0629
            // and ى U+0649 have no place in these names either.
            Assert.DoesNotContain(name, c => c is '\u064A' or '\u0643' or '\u06BE' or '\u0629' or '\u0649');
        }
    }

    [Theory]
    [InlineData(DatelineLanguage.English)]
    [InlineData(DatelineLanguage.Sorani)]
    [InlineData(DatelineLanguage.Kurmanji)]
    public void MonthName_rejects_a_month_outside_1_to_12_in_every_language(DatelineLanguage language)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Dateline.MonthName(0, language, MonthStyle.Both));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dateline.MonthName(13, language, MonthStyle.Both));
    }

    [Fact]
    public void An_unknown_language_is_rejected()
    {
        const DatelineLanguage unknown = (DatelineLanguage)99;

        Assert.Throws<ArgumentOutOfRangeException>(() => Dateline.MonthName(1, unknown, MonthStyle.Both));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dateline.WeekdayName(DayOfWeek.Sunday, unknown));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Dateline.Format(Instant("2021-02-21T12:30:00Z"), new DatelineOptions { Language = unknown }));
    }

    [Theory]
    [InlineData("ckb-IQ")]
    [InlineData("ar-IQ")]
    [InlineData("tr-TR")]
    [InlineData("en-US")]
    public void Kurdish_and_english_datelines_are_the_same_whatever_the_ambient_culture(string cultureName)
    {
        var thread = Thread.CurrentThread;
        var saved = thread.CurrentCulture;
        try
        {
            // tr-TR is here for its dotted and dotless i, which must not touch Îlon or În.
            thread.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);

            Assert.Equal(
                "یەکشەممە ٢١ی شوباتی ٢٠٢١، ١٤:٣٠",
                Dateline.Format(Instant("2021-02-21T12:30:00Z"), new DatelineOptions { Language = DatelineLanguage.Sorani, Digits = DigitStyle.Eastern }));
            Assert.Equal(
                "În 17 Îlon 2021, 13:00",
                Dateline.Format(Instant("2021-09-17T10:00:00Z"), new DatelineOptions { Language = DatelineLanguage.Kurmanji }));
            Assert.Equal(
                "Sunday 21 February 2021, 14:30",
                Dateline.Format(Instant("2021-02-21T12:30:00Z"), new DatelineOptions { Language = DatelineLanguage.English }));
        }
        finally
        {
            thread.CurrentCulture = saved;
        }
    }

    private static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
