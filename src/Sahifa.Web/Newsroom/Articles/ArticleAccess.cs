using System.Security.Claims;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Newsroom.Articles;

/// Who may do what to an article, said once for the editor, the history and the list.
public static class ArticleAccess
{
    public static bool IsEditor(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Editor) || user.IsInRole(StaffRoles.Admin);

    /// Writers work on their own drafts until an editor takes them; editors work on anything.
    public static bool CanEdit(ClaimsPrincipal user, Article article) =>
        IsEditor(user)
        || (article.CreatedById == user.FindFirstValue(ClaimTypes.NameIdentifier)
            && article.Status is ArticleStatus.Draft or ArticleStatus.InReview);

    /// Only editors change what readers see.
    public static bool CanSetStatus(ClaimsPrincipal user, ArticleStatus status) =>
        IsEditor(user) || status is ArticleStatus.Draft or ArticleStatus.InReview;
}
