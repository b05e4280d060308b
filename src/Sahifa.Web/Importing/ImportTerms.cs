using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Authors;
using Sahifa.Web.Data;
using Sahifa.Web.Sections;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Importing;

/// Sections, tags and bylines for the import, found or added by the features' own rules
/// (<see cref="FindOrAddSections"/>, <see cref="FindOrAddTags"/>, <see cref="FindOrAddAuthors"/>),
/// a batch at a time; the run remembers each slug's id so later batches ask only for new ones.
public sealed class ImportTerms(SahifaDb db, ImportRun run)
{
    // Every section, tag and byline a batch needs, found or created in three queries and one
    // save, so an article's rows are written with it rather than one save per new term.
    public async Task PrepareAsync(List<WxrItem> items, CancellationToken ct)
    {
        var sections = new List<string>();
        var tags = new List<string>();
        var authors = new List<string>();
        foreach (var item in items.Where(i => WordPressPost.StatusOf(i.Status) is not null))
        {
            sections.Add(WordPressPost.SectionName(item, run.Options.DefaultSection));
            tags.AddRange(WordPressPost.TagNames(item));
            if (WordPressPost.Byline(item, run.AuthorName) is { } byline)
            {
                authors.Add(byline);
            }
        }

        run.Counts.SectionsCreated += await AddAsync(run.Sections, sections, names => db.FindOrAddSectionsAsync(run.Edition, names, ct), s => s.Id, ct);
        run.Counts.TagsCreated += await AddAsync(run.Tags, tags, names => db.FindOrAddTagsAsync(run.Edition, names.Select(n => (n, (TagKind?)null)), ct), t => t.Id, ct);
        run.Counts.AuthorsCreated += await AddAsync(run.Authors, authors, names => db.FindOrAddAuthorsAsync(run.Edition, names, ct), a => a.Id, ct);
    }

    public int SectionId(string name) => run.Sections[Slugs.FromHeadline(name)];

    public int TagId(string name) => run.Tags[Slugs.FromHeadline(name)];

    public int AuthorId(string name) => run.Authors[Slugs.FromHeadline(name)];

    // Where the post's category, tag and author archives went, for their redirects at the end.
    // Noted for unchanged posts too, so a re-run completes an import that stopped half-way.
    public void NoteArchives(WxrItem item)
    {
        var categories = WordPressPost.Categories(item);
        if (categories.Count > 0)
        {
            run.CategoryTargets[categories[0].Nicename] = ArticleUrls.Section(Slugs.FromHeadline(WordPressPost.Name(categories[0].Name)));
        }

        foreach (var term in categories.Skip(1))
        {
            run.CategoryTargets.TryAdd(term.Nicename, ArticleUrls.Tag(Slugs.FromHeadline(WordPressPost.Name(term.Name))));
        }

        foreach (var term in WordPressPost.PostTags(item))
        {
            run.TagTargets[term.Nicename] = ArticleUrls.Tag(Slugs.FromHeadline(WordPressPost.Name(term.Name)));
        }

        if (item.Creator is { Length: > 0 } login && WordPressPost.Byline(item, run.AuthorName) is { } byline)
        {
            run.AuthorTargets[login] = ArticleUrls.Author(Slugs.FromHeadline(byline));
        }
    }

    // The names the run has not met yet go to the feature; what it added is saved at once, so
    // the articles can point at the ids. Returns how many were new.
    private async Task<int> AddAsync<T>(
        Dictionary<string, int> known, List<string> names, Func<List<string>, Task<Dictionary<string, T>>> findOrAdd, Func<T, int> id, CancellationToken ct)
        where T : class
    {
        var wanted = names.Where(n => !known.ContainsKey(Slugs.FromHeadline(n))).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var rows = await findOrAdd(wanted);
        var added = rows.Values.Count(r => db.Entry(r).State == EntityState.Added);
        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        foreach (var (slug, row) in rows)
        {
            known[slug] = id(row);
        }

        return added;
    }
}
