using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Sections;

public static class FindOrAddSections
{
    /// The section for each (clean) name by slug; a new one is added to the context, unsaved,
    /// after the existing ones in the navigation.
    public static async Task<Dictionary<string, Section>> FindOrAddSectionsAsync(this SahifaDb db, string edition, IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = SluggedRows.BySlug(names);
        var found = await db.FindBySlugAsync<Section>(edition, wanted.Keys, ct);
        var position = -1;
        foreach (var (slug, name) in wanted.Where(w => !found.ContainsKey(w.Key)))
        {
            position = position < 0 ? await db.Sections.CountAsync(s => s.Edition == edition, ct) : position + 1;
            found[slug] = db.Sections.Add(new Section { Name = name, Slug = slug, Edition = edition, Position = position }).Entity;
        }

        return found;
    }
}
