namespace Sahifa.Web.Importing;

/// `Sahifa:Import` settings.
public sealed class ImportOptions
{
    // A large site's export runs to a few hundred megabytes; bigger ones are better imported
    // with `sahifa import wordpress FILE` on the server, which has no limit.
    public int MaxUploadMegabytes { get; set; } = 512;

    // The section for posts WordPress filed under no category at all.
    public string DefaultSection { get; set; } = "أخبار";

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
