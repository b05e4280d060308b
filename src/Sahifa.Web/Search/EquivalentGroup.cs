using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sahifa.Web.Search;

/// One line of the newsroom's search equivalents ("قسد = SDF"), as an editor saved it. The whole
/// list is replaced on each save; <see cref="Position"/> keeps the editor's order.
public sealed class EquivalentGroup
{
    /// Twelve names of eighty characters with their separators fit.
    public const int MaxLineLength = 1100;

    public int Id { get; set; }
    public int Position { get; set; }
    public required string Names { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// A new site starts with the region's list, written by the migration that makes the table, so
    /// an editor who later empties it keeps it empty.
    internal static void SeedRegion(MigrationBuilder migrations)
    {
        var at = new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc);
        var lines = SearchEquivalents.Region.Lines().ToList();
        var values = new object[lines.Count, 4];
        for (var i = 0; i < lines.Count; i++)
        {
            (values[i, 0], values[i, 1], values[i, 2], values[i, 3]) = (i, lines[i], at, "");
        }

        migrations.InsertData("EquivalentGroups", ["Position", "Names", "UpdatedAt", "UpdatedBy"], values);
    }
}

internal sealed class EquivalentGroupConfiguration : IEntityTypeConfiguration<EquivalentGroup>
{
    public void Configure(EntityTypeBuilder<EquivalentGroup> group)
    {
        group.ToTable("EquivalentGroups");
        group.Property(g => g.Names).HasMaxLength(EquivalentGroup.MaxLineLength);
        group.Property(g => g.UpdatedBy).HasMaxLength(256);
        group.HasIndex(g => g.Position);
    }
}
