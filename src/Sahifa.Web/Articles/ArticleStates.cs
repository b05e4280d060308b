namespace Sahifa.Web.Articles;

/// The article states as the API and the newsroom's URLs spell them, and as editors read them.
public static class ArticleStates
{
    public static string Code(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "draft",
        ArticleStatus.InReview => "review",
        ArticleStatus.Scheduled => "scheduled",
        ArticleStatus.Published => "published",
        ArticleStatus.Unpublished => "unpublished",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Label(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "مسودة",
        ArticleStatus.InReview => "بانتظار المراجعة",
        ArticleStatus.Scheduled => "مجدول",
        ArticleStatus.Published => "منشور",
        ArticleStatus.Unpublished => "مسحوب",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? code, out ArticleStatus status)
    {
        foreach (var candidate in Enum.GetValues<ArticleStatus>())
        {
            if (string.Equals(code?.Trim(), Code(candidate), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
