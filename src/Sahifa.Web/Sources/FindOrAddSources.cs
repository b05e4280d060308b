using Sahifa.Web.Data;

namespace Sahifa.Web.Sources;

public static class FindOrAddSources
{
    /// The source for each (clean) name by slug; a new one is added to the context, unsaved.
    public static async Task<Dictionary<string, Source>> FindOrAddSourcesAsync(this SahifaDb db, string edition, IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = SluggedRows.BySlug(names);
        var found = await db.FindBySlugAsync<Source>(edition, wanted.Keys, ct);
        foreach (var (slug, name) in wanted.Where(w => !found.ContainsKey(w.Key)))
        {
            found[slug] = db.Sources.Add(new Source { Name = name, Slug = slug, Edition = edition }).Entity;
        }

        return found;
    }
}
