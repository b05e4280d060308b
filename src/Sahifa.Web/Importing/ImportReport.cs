namespace Sahifa.Web.Importing;

/// What an import did, for the command line, the API and the newsroom page.
public sealed record ImportReport(
    ImportCounts Counts,
    IReadOnlyList<ImportWarning> Warnings,
    int WarningsOmitted,
    IReadOnlyList<DroppedMarkup> Dropped,
    TimeSpan Duration);

/// Counts by kind. "Unchanged" posts are the same in the export as when last imported; "kept"
/// ones were edited in Sahifa after an earlier import, so this one left them alone. `Media` is
/// every attachment recorded; with the uploads folder, each is then imported into the library,
/// reused (the library had the file, from this import or another), missing from the folder, or
/// refused (not a photograph, too large, broken, or a name that leads outside the folder).
public sealed class ImportCounts
{
    public int PostsCreated { get; set; }
    public int PostsUpdated { get; set; }
    public int PostsUnchanged { get; set; }
    public int PostsKept { get; set; }
    public int Published { get; set; }
    public int Scheduled { get; set; }
    public int Drafts { get; set; }
    public int InReview { get; set; }
    public int Private { get; set; }
    public int PostsSkipped { get; set; }
    public int PagesSkipped { get; set; }
    public int OtherItemsSkipped { get; set; }
    public int SectionsCreated { get; set; }
    public int TagsCreated { get; set; }
    public int AuthorsCreated { get; set; }
    public int Media { get; set; }
    public int MediaImported { get; set; }
    public int MediaReused { get; set; }
    public int MediaMissing { get; set; }
    public int MediaRefused { get; set; }
    public int CommentsCreated { get; set; }
    public int CommentsUpdated { get; set; }
    public int CommentsUnchanged { get; set; }
    public int CommentsSkipped { get; set; }
    public int Redirects { get; set; }
}

/// Something the newsroom should look at, with the WordPress id it concerns. `Code` is stable.
public sealed record ImportWarning(long? WordPressId, string Code, string Message);

/// A kind of markup that was dropped (a shortcode, a script, a dynamic block), how often, and
/// in which posts (the first few).
public sealed record DroppedMarkup(string Name, int Count, IReadOnlyList<long> WordPressIds);

/// How far an import has got, for a progress bar: items read of the items in the file.
public readonly record struct ImportProgress(int Done, int Total);
