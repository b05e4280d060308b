using Sahifa.Arabic;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tags;

public static class FindOrAddTags
{
    /// The tag for each (clean) name by slug; a new one is added to the context, unsaved, as
    /// the kind given or a plain topic. An explicit kind corrects a tag first created as
    /// something else; with several for one slug, the last one given wins.
    public static async Task<Dictionary<string, Tag>> FindOrAddTagsAsync(this SahifaDb db, string edition, IEnumerable<(string Name, TagKind? Kind)> tags, CancellationToken ct)
    {
        var wanted = tags.ToList();
        var found = await db.FindBySlugAsync<Tag>(edition, SluggedRows.BySlug(wanted.Select(t => t.Name)).Keys, ct);
        foreach (var (name, kind) in wanted)
        {
            var slug = Slugs.FromHeadline(name);
            if (!found.TryGetValue(slug, out var tag))
            {
                found[slug] = db.Tags.Add(new Tag { Name = name, Slug = slug, Edition = edition, Kind = kind ?? TagKind.Topic }).Entity;
            }
            else if (kind is { } explicitKind && tag.Kind != explicitKind)
            {
                tag.Kind = explicitKind;
            }
        }

        return found;
    }
}
