using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;

namespace Sahifa.Web.Data;

/// Sections, tags, sources and bylines are one row per slug in each edition, so "الــرقة" and "الرقة" are one
/// tag. The features' find-or-add functions share this lookup; the newsroom's save and the
/// importer both call those, one name or a batch at a time.
public static class SluggedRows
{
    /// Each name's slug with the first name that gave it, in the order given.
    public static Dictionary<string, string> BySlug(IEnumerable<string> names)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            wanted.TryAdd(Slugs.FromHeadline(name), name);
        }

        return wanted;
    }

    /// The rows with these slugs: added earlier in this unit of work (not saved yet) first,
    /// then the database's. A slug with no row is missing from the answer.
    public static async Task<Dictionary<string, T>> FindBySlugAsync<T>(this SahifaDb db, string edition, IReadOnlyCollection<string> slugs, CancellationToken ct)
        where T : class
    {
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in db.ChangeTracker.Entries<T>())
        {
            var slug = entry.Property<string>("Slug").CurrentValue;
            if (slugs.Contains(slug) && entry.Property<string>("Edition").CurrentValue == edition)
            {
                found.TryAdd(slug, entry.Entity);
            }
        }

        var rest = slugs.Where(s => !found.ContainsKey(s)).ToList();
        if (rest.Count > 0)
        {
            foreach (var row in await db.Set<T>().Where(e => EF.Property<string>(e, "Edition") == edition && rest.Contains(EF.Property<string>(e, "Slug"))).ToListAsync(ct))
            {
                found.TryAdd(db.Entry(row).Property<string>("Slug").CurrentValue, row);
            }
        }

        return found;
    }
}
