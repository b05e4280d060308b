namespace Sahifa.Web.Importing;

/// What a WordPress export (WXR) holds, one record per element, read as they stream past.
public abstract record WxrEntry;

/// The channel's header: which WordPress and which site the export came from.
public sealed record WxrSite(string Version, string Title, string? BaseSiteUrl, string? BaseBlogUrl) : WxrEntry
{
    /// The folder WordPress lived in ("" at the root, "/news" under a folder): its old
    /// permalinks start there.
    public string BlogPath =>
        Uri.TryCreate(BaseBlogUrl ?? BaseSiteUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') : "";
}

public sealed record WxrAuthor(long? Id, string Login, string DisplayName) : WxrEntry;

/// A category or tag. `Nicename` is decoded (WordPress stores Arabic slugs percent-encoded).
public sealed record WxrTerm(string Taxonomy, long? Id, string Nicename, string Name, string? ParentNicename) : WxrEntry
{
    public const string Category = "category";
    public const string Tag = "post_tag";
}

/// A post, page, attachment or any other post type, with its terms, meta and comments.
public sealed record WxrItem : WxrEntry
{
    public long Id { get; init; }
    public int Line { get; init; }
    public string PostType { get; init; } = "post";
    public string Status { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Link { get; init; }
    public string? Creator { get; init; }
    public string Content { get; init; } = "";
    public string Excerpt { get; init; } = "";
    public string? Slug { get; init; }

    // WordPress writes "0000-00-00 00:00:00" where a date is unset (drafts have no GMT date).
    public DateTime? Date { get; init; }
    public DateTime? DateGmt { get; init; }
    public DateTime? ModifiedGmt { get; init; }
    public long? ParentId { get; init; }
    public string? AttachmentUrl { get; init; }

    // "closed" when the post took no more comments.
    public bool CommentsClosed { get; init; }
    public IReadOnlyList<WxrItemTerm> Terms { get; init; } = [];
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<WxrComment> Comments { get; init; } = [];
}

public sealed record WxrItemTerm(string Domain, string Nicename, string Name);

public sealed record WxrComment(
    long Id,
    long ParentId,
    string Author,
    string? Email,
    string? Url,
    string? Ip,
    DateTime? Date,
    DateTime? DateGmt,
    string Content,
    string Approved,
    string Type,
    long? UserId);

/// How many of each kind a file holds: read first, so a broken file is refused before anything
/// is written and a progress bar knows its length.
public sealed record WxrSurvey(WxrSite Site, int Authors, int Terms, int Items, int Comments, int Attachments = 0);
