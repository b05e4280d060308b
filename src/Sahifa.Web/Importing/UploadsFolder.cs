namespace Sahifa.Web.Importing;

/// A copy of a WordPress site's `wp-content/uploads`, given with `--uploads DIR`. The export names
/// the files, and an export is a file from outside: a name is only ever a relative path of plain
/// names (<see cref="WordPressPhotos.Relative"/>), and every symbolic link on the way to the file
/// is followed and checked, so no name, however written, reads a file outside the folder.
public sealed class UploadsFolder
{
    // Links to links: as deep as Linux itself follows them (its ELOOP limit).
    private const int MaxLinks = 40;

    private readonly string _root;

    public UploadsFolder(string path)
    {
        // The folder the operator named may itself be a link; that choice is theirs.
        _root = Real(Path.GetFullPath(path), 0) ?? throw new IOException($"too many symbolic links in {path}");
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException(path);
        }
    }

    /// The file found, its size, and whether a candidate was refused for leading outside.
    public sealed record Found(string? Path, long Length, bool Outside);

    /// The first of the candidates (relative, '/'-separated) that is a file inside the folder.
    public Found Find(IReadOnlyList<string> candidates)
    {
        var outside = false;
        foreach (var candidate in candidates)
        {
            if (WordPressPhotos.Relative(candidate) is not { } relative)
            {
                outside = true;
                continue;
            }

            var joined = Path.GetFullPath(Path.Join(_root, relative.Replace('/', Path.DirectorySeparatorChar)));
            var real = Inside(joined) ? Real(joined, 0) : null;
            if (real is null || !Inside(real))
            {
                outside = true;
                continue;
            }

            var file = new FileInfo(real);
            if (file.Exists)
            {
                return new Found(real, file.Length, outside);
            }
        }

        return new Found(null, 0, outside);
    }

    private bool Inside(string path) =>
        path.StartsWith(_root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // The path with every symbolic link in it resolved, as realpath(3) gives it; null past
    // MaxLinks links (a loop).
    private static string? Real(string full, int links)
    {
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    return null;
                }

                // A relative target is relative to the folder that holds the link.
                next = Real(Path.GetFullPath(target, current), links + 1);
                if (next is null)
                {
                    return null;
                }
            }

            current = next;
        }

        return current;
    }
}
