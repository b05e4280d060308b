using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Settings;

/// One setting an admin saved, under its configuration key ("Sahifa:Site:Name"). The rows lie
/// over appsettings and the environment: see <see cref="DatabaseSettings"/>.
public sealed class SiteSetting
{
    public required string Key { get; set; }
    public string Value { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

internal sealed class SiteSettingConfiguration : IEntityTypeConfiguration<SiteSetting>
{
    public void Configure(EntityTypeBuilder<SiteSetting> setting)
    {
        setting.HasKey(s => s.Key);
        setting.Property(s => s.Key).HasMaxLength(128);
        setting.Property(s => s.Value).HasMaxLength(1000);
        setting.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
