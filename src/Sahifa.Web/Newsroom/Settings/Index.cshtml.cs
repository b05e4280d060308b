using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Settings;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Settings;

/// `/newsroom/settings`: the site's name, its house style for dates, comments and account rules.
/// A save applies on this node at once and on the others within seconds.
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class IndexModel(SaveSettings settings, TimeProvider clock) : PageModel
{
    /// The form's values by field name, as typed (after a refusal) or as in force.
    public Dictionary<string, string> Values { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// IANA zones, the Arab world's first, then the rest by name.
    public static IReadOnlyList<string> TimeZones { get; } = ZoneList();

    public static IReadOnlyList<string> CommonZones { get; } =
    [
        "Asia/Damascus", "Asia/Beirut", "Asia/Amman", "Asia/Jerusalem", "Asia/Gaza", "Asia/Baghdad", "Asia/Riyadh",
        "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain", "Asia/Dubai", "Asia/Muscat", "Asia/Aden", "Africa/Cairo",
        "Africa/Khartoum", "Africa/Tripoli", "Africa/Tunis", "Africa/Algiers", "Africa/Casablanca",
        "Africa/Nouakchott", "Europe/Istanbul", "Europe/Berlin", "Europe/London", "UTC",
    ];

    public void OnGet()
    {
        foreach (var (key, value) in settings.Current())
        {
            Values[SettingsCatalogue.Find(key)!.Field] = value;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // An unticked checkbox is not sent at all: null, which Validate reads as off.
        var form = SettingsCatalogue.All.ToDictionary(
            s => s.Field,
            s => Request.Form.TryGetValue(s.Field, out var typed) ? typed.ToString() : null,
            StringComparer.Ordinal);
        Values = form.ToDictionary(f => f.Key, f => f.Value ?? "", StringComparer.Ordinal);

        Errors = SaveSettings.Validate(form, out var values);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        int changed;
        try
        {
            changed = await settings.SaveAsync(values, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "", ct);
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same setting for the first time at the same moment.
            Errors[""] = "حفظ مدير آخر الإعدادات في اللحظة نفسها. راجعها وأعد الحفظ.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData["Notice"] = changed == 0 ? "لم يتغير شيء." : "حُفظت الإعدادات، وتظهر على الموقع الآن.";
        return new SeeOtherResult(Url.Page("/Newsroom/Settings/Index")!);
    }

    public string Value(string field) => Values.GetValueOrDefault(field, "");

    public bool On(string field) => Value(field) == "true";

    private static List<string> ZoneList() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];
}
