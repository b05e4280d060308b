using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Importing;

/// The old addresses: each post's, as its batch is saved, and the category, tag and author
/// archives once every post has said which section or tag each term became.
public sealed class ImportRedirects(SahifaDb db, ImportRun run)
{
    /// Adds or repoints the redirects in the context; the caller saves.
    public async Task AddAsync(List<(string Path, string Target, long Id)> redirects, CancellationToken ct)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, target, id) in redirects)
        {
            if (path.Length > LegacyPaths.MaxPathLength)
            {
                run.Warn(id, "path_too_long", $"العنوان القديم أطول من {LegacyPaths.MaxPathLength} حرف فلن يُحوَّل: {path[..80]}…");
                continue;
            }

            wanted[path] = target;
        }

        if (wanted.Count == 0)
        {
            return;
        }

        var paths = wanted.Keys.ToList();
        var existing = await db.LegacyRedirects.Where(r => paths.Contains(r.Path)).ToDictionaryAsync(r => r.Path, StringComparer.Ordinal, ct);
        foreach (var (path, target) in wanted)
        {
            if (existing.TryGetValue(path, out var redirect))
            {
                redirect.Target = target;
            }
            else
            {
                db.LegacyRedirects.Add(new LegacyRedirect { Path = path, Target = target });
                run.Counts.Redirects++;
            }
        }
    }

    public async Task SaveArchivesAsync(int chunkSize, CancellationToken ct)
    {
        var redirects = new List<(string, string, long)>();
        var blog = run.Site.BlogPath;
        foreach (var (nicename, target) in run.CategoryTargets)
        {
            redirects.Add((LegacyPaths.Normalize($"{blog}/category/{nicename}"), target, 0));
            if (run.Categories.TryGetValue(nicename, out var category))
            {
                redirects.Add((LegacyPaths.Normalize($"{blog}/category/{CategoryPath(category)}"), target, 0));
                if (category.Id is { } id)
                {
                    redirects.Add((LegacyPaths.Query("cat", id), target, 0));
                }
            }
        }

        foreach (var (nicename, target) in run.TagTargets)
        {
            redirects.Add((LegacyPaths.Normalize($"{blog}/tag/{nicename}"), target, 0));
            redirects.Add((LegacyPaths.Query("tag", nicename), target, 0));
        }

        foreach (var (login, target) in run.AuthorTargets)
        {
            redirects.Add((LegacyPaths.Normalize($"{blog}/author/{AuthorNicename(login)}"), target, 0));
            if (run.WordPressAuthors.TryGetValue(login, out var author) && author.Id is { } id)
            {
                redirects.Add((LegacyPaths.Query("author", id), target, 0));
            }
        }

        foreach (var chunk in redirects.Chunk(chunkSize))
        {
            await AddAsync([.. chunk], ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    // "/category/parent/child": WordPress puts a subcategory under its ancestors.
    private string CategoryPath(WxrTerm category)
    {
        var path = category.Nicename;
        var parent = category.ParentNicename;
        for (var depth = 0; parent is not null && depth < 10 && run.Categories.TryGetValue(parent, out var up); depth++)
        {
            path = up.Nicename + "/" + path;
            parent = up.ParentNicename;
        }

        return path;
    }

    // WordPress derives an author's address from the login: lower case, with anything but
    // letters, digits and hyphens made a hyphen.
    private static string AuthorNicename(string login) =>
        string.Concat(login.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
