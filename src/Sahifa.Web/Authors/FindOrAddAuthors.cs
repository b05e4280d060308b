using Sahifa.Web.Data;

namespace Sahifa.Web.Authors;

public static class FindOrAddAuthors
{
    /// The byline for each (clean) name by slug; a new one is added to the context, unsaved.
    public static async Task<Dictionary<string, Author>> FindOrAddAuthorsAsync(this SahifaDb db, string edition, IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = SluggedRows.BySlug(names);
        var found = await db.FindBySlugAsync<Author>(edition, wanted.Keys, ct);
        foreach (var (slug, name) in wanted.Where(w => !found.ContainsKey(w.Key)))
        {
            found[slug] = db.Authors.Add(new Author { Name = name, Slug = slug, Edition = edition }).Entity;
        }

        return found;
    }
}
