using System.Globalization;
using Sahifa.Arabic;

namespace Sahifa.Web.Settings;

/// A setting admins may change: its configuration key, the form field, what the newsroom calls
/// it, its default, and how a typed value becomes the stored one (null when it is not valid).
public sealed record SettingDefinition(
    string Key,
    string Field,
    string Label,
    string Default,
    Func<string, string?> Normalise,
    string Invalid,
    Func<string, string> Describe);

/// The settings the settings page edits. Only these keys are ever read from the database, and
/// only values that pass their check, so a bad row (written by an older version, or by hand)
/// can never break a page: the setting falls back to appsettings.
public static class SettingsCatalogue
{
    public const string SiteName = "Sahifa:Site:Name";
    public const string TimeZone = "Sahifa:Site:TimeZone";
    public const string MonthStyle = "Sahifa:Site:MonthStyle";
    public const string Digits = "Sahifa:Site:Digits";
    public const string ShowHijriDate = "Sahifa:Site:ShowHijriDate";
    public const string CommentsOpenByDefault = "Sahifa:Comments:OpenByDefault";
    public const string CloseCommentsAfterDays = "Sahifa:Comments:CloseAfterDays";
    public const string RequireTwoFactor = "Sahifa:Accounts:RequireTwoFactor";

    public const int MaxSiteName = 100;
    public const int MaxCloseAfterDays = 3650;

    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(SiteName, "siteName", "اسم الموقع", "صحيفة", SiteNameValue,
            $"اكتب اسم الموقع، {MaxSiteName} حرف على الأكثر.", v => v),
        new(TimeZone, "timeZone", "المنطقة الزمنية", "Asia/Damascus", TimeZoneValue,
            "اختر منطقة زمنية معروفة، مثل Asia/Damascus أو Africa/Cairo.", v => v),
        new(MonthStyle, "monthStyle", "أسماء الأشهر", nameof(Arabic.MonthStyle.Both), EnumValue<MonthStyle>,
            "اختر أسلوبًا لأسماء الأشهر من القائمة.", v => MonthStyleLabel(Enum.Parse<MonthStyle>(v))),
        new(Digits, "digits", "الأرقام", nameof(DigitStyle.Western), EnumValue<DigitStyle>,
            "اختر الأرقام الغربية أو المشرقية.", v => Enum.Parse<DigitStyle>(v) == DigitStyle.Eastern ? "مشرقية (٢١)" : "غربية (21)"),
        new(ShowHijriDate, "showHijriDate", "التاريخ الهجري", "false", BoolValue,
            "قيمة غير صالحة.", OnOff),
        new(CommentsOpenByDefault, "commentsOpenByDefault", "التعليقات مفتوحة افتراضيًا", "true", BoolValue,
            "قيمة غير صالحة.", OnOff),
        new(CloseCommentsAfterDays, "closeCommentsAfterDays", "إغلاق التعليقات بعد", "0", DaysValue,
            $"اكتب عدد أيام من 0 (لا تُغلق) إلى {MaxCloseAfterDays}.", v => v == "0" ? "لا تُغلق" : $"{v} يومًا"),
        new(RequireTwoFactor, "requireTwoFactor", "التحقق بخطوتين إلزامي", "false", BoolValue,
            "قيمة غير صالحة.", OnOff),
    ];

    public static SettingDefinition? Find(string key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    public static string MonthStyleLabel(MonthStyle style) => style switch
    {
        Arabic.MonthStyle.Western => "فبراير",
        Arabic.MonthStyle.Levantine => "شباط",
        Arabic.MonthStyle.Both => "فبراير/شباط",
        Arabic.MonthStyle.Maghrebi => "فيفري",
        _ => style.ToString(),
    };

    private static string OnOff(string value) => value == "true" ? "مفعّل" : "معطّل";

    private static string? SiteNameValue(string value)
    {
        var name = ArabicText.CleanForDisplay(value);
        return name.Length is > 0 and <= MaxSiteName ? name : null;
    }

    // IANA names only ("Asia/Damascus", not "Arab Standard Time"), as the README and feeds use,
    // and only zones this machine's time zone data knows.
    private static string? TimeZoneValue(string value)
    {
        var id = value.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone.Id : null;
    }

    private static string? EnumValue<T>(string value) where T : struct, Enum =>
        Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Trim().All(char.IsAsciiDigit)
            ? parsed.ToString()
            : null;

    private static string? BoolValue(string value) =>
        bool.TryParse(value.Trim(), out var on) ? (on ? "true" : "false") : null;

    // Typed on an Arabic keyboard, "٣٠" is thirty too.
    private static string? DaysValue(string value) =>
        int.TryParse(ArabicDigits.ToWestern(value.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxCloseAfterDays
            ? days.ToString(CultureInfo.InvariantCulture)
            : null;
}
