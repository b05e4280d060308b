namespace Sahifa.Web.Importing;

/// One import's state: what the file said about its site, where its terms went, the counts and
/// the warnings. Made fresh for every run; the parts (terms, comments, redirects, media) read and
/// add to it.
public sealed class ImportRun(ImportOptions options, TimeZoneInfo timeZone)
{
    private const int MaxWarnings = 500;

    private readonly List<ImportWarning> _warnings = [];
    private readonly Dictionary<string, (int Count, List<long> Ids)> _dropped = new(StringComparer.Ordinal);
    private int _warningsOmitted;

    public ImportOptions Options => options;

    /// The edition everything imported goes into: the site's primary one.
    public string Edition { get; init; } = Editions.Edition.Arabic;

    /// The site's zone, for WordPress's wall-clock dates.
    public TimeZoneInfo TimeZone => timeZone;

    public WxrSite Site { get; set; } = new("1.2", "", null, null);

    public ImportCounts Counts { get; } = new();

    public Dictionary<string, WxrAuthor> WordPressAuthors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WxrTerm> Categories { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WxrTerm> WordPressTags { get; } = new(StringComparer.Ordinal);

    // Photographs that stayed on the old host for want of `--uploads`: attachments not in the
    // library, and body images on the old site's uploads. One warning at the end says how to
    // bring them over.
    public int MediaLeftBehind { get; set; }

    public int PhotosOnOldHost { get; set; }

    /// Post types Sahifa does not know, for one warning each at the end.
    public HashSet<string> SkippedTypes { get; } = new(StringComparer.Ordinal);

    // Sahifa's id for each section, tag and byline slug the run has met.
    public Dictionary<string, int> Sections { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Tags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Authors { get; } = new(StringComparer.Ordinal);

    // Where each WordPress term and author ended up, for their archive redirects at the end.
    public Dictionary<string, string> CategoryTargets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> TagTargets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> AuthorTargets { get; } = new(StringComparer.Ordinal);

    /// What the pure mapping needs to know about the site being imported.
    public WordPressSite Mapping => new(timeZone, Site.BaseSiteUrl, options.DefaultSection, AuthorName);

    public string AuthorName(string login) => WordPressAuthors.TryGetValue(login, out var author) ? author.DisplayName : login;

    public void Warn(long? id, string code, string message) => Warn(new ImportWarning(id, code, message));

    public void Warn(ImportWarning warning)
    {
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(warning);
        }
        else
        {
            _warningsOmitted++;
        }
    }

    /// A warning about the whole import, shown before the others and never left out.
    public void WarnFirst(ImportWarning warning) => _warnings.Insert(0, warning);

    public void Dropped(string name, long id)
    {
        var (count, ids) = _dropped.TryGetValue(name, out var seen) ? seen : (0, new List<long>());
        if (ids.Count < 20 && !ids.Contains(id))
        {
            ids.Add(id);
        }

        _dropped[name] = (count + 1, ids);
    }

    public ImportReport Report(TimeSpan duration) => new(
        Counts,
        _warnings,
        _warningsOmitted,
        _dropped.OrderByDescending(d => d.Value.Count).Select(d => new DroppedMarkup(d.Key, d.Value.Count, d.Value.Ids)).ToList(),
        duration);
}
