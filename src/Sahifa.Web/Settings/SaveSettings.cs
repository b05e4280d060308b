using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Settings;

/// The settings page's form: every setting in the catalogue at once. Only the ones that changed
/// are written, each with an audit entry saying what it was and what it became.
public sealed class SaveSettings(
    SahifaDb db,
    AuditTrail audit,
    TimeProvider clock,
    IConfiguration configuration,
    SettingsRefresher refresher)
{
    /// The value of each setting as the page should show it: the database's, else appsettings',
    /// else the default.
    public IReadOnlyDictionary<string, string> Current() =>
        SettingsCatalogue.All.ToDictionary(
            s => s.Key,
            s => configuration[s.Key] is { } value && s.Normalise(value) is { } valid ? valid : s.Default,
            StringComparer.OrdinalIgnoreCase);

    /// Field name to Arabic message. A checkbox left unticked is not in the form at all: false.
    public static Dictionary<string, string> Validate(IReadOnlyDictionary<string, string?> form, out Dictionary<string, string> values)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in SettingsCatalogue.All)
        {
            var typed = form.GetValueOrDefault(setting.Field) ?? (setting.Default is "true" or "false" ? "false" : "");
            if (setting.Normalise(typed) is { } value)
            {
                values[setting.Key] = value;
            }
            else
            {
                errors[setting.Field] = setting.Invalid;
            }
        }

        return errors;
    }

    /// Returns how many settings changed.
    public async Task<int> SaveAsync(IReadOnlyDictionary<string, string> values, string actor, CancellationToken ct)
    {
        var before = Current();
        var rows = await db.SiteSettings.ToDictionaryAsync(s => s.Key, StringComparer.OrdinalIgnoreCase, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var setting in SettingsCatalogue.All)
        {
            var value = values[setting.Key];
            // Unchanged values are not written: a setting nobody touched keeps following
            // appsettings and the environment.
            if (before[setting.Key] == value)
            {
                continue;
            }

            if (!rows.TryGetValue(setting.Key, out var row))
            {
                row = new SiteSetting { Key = setting.Key };
                db.SiteSettings.Add(row);
            }

            row.Value = value;
            row.UpdatedAt = now;
            row.UpdatedBy = actor;
            audit.Add(AuditActions.SettingsChanged, setting.Label, $"من «{setting.Describe(before[setting.Key])}» إلى «{setting.Describe(value)}»");
            changed++;
        }

        await db.SaveChangesAsync(ct);
        // This node follows at once; the others within their refresh interval.
        await refresher.ReloadAsync(ct);
        return changed;
    }
}
