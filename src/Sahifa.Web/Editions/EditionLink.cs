namespace Sahifa.Web.Editions;

/// The same page in another edition: an article's translation (or its original), or that
/// edition's front page.
public sealed record EditionLink(Edition Edition, string Path, bool IsOriginal = false);
