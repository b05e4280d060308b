using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Comments;
using Sahifa.Web.Data;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Newsroom.Comments;

/// `/newsroom/comments`: the moderation queue. Pending comments first; filter by state and by
/// article; approve, mark as spam, trash or send back one comment or many at once.
[Authorize(Policy = StaffPolicies.Editor)]
public sealed class IndexModel(SahifaDb db, ModerateComments moderate) : PageModel
{
    public const int PageSize = 50;

    /// A state code, or "all".
    [BindProperty(SupportsGet = true, Name = "state")]
    public string State { get; set; } = "pending";

    [BindProperty(SupportsGet = true, Name = "article")]
    public int? ArticleId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<QueuedComment> Comments { get; private set; } = null!;

    public IReadOnlyDictionary<CommentStatus, int> Counts { get; private set; } = new Dictionary<CommentStatus, int>();

    public string? ArticleHeadline { get; private set; }

    public string? ArticleUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filtered = db.Comments.AsNoTracking();
        if (ArticleId is { } articleId)
        {
            var article = await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.Headline, a.Slug }).SingleOrDefaultAsync(ct);
            if (article is null)
            {
                return NotFound();
            }

            (ArticleHeadline, ArticleUrl) = (article.Headline, ArticleUrls.Article(articleId, article.Slug));

            filtered = filtered.Where(c => c.ArticleId == articleId);
        }

        Counts = await filtered.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        if (CommentStates.TryParse(State, out var status))
        {
            filtered = filtered.Where(c => c.Status == status);
        }
        else
        {
            State = "all";
        }

        if (PageNumber < 1)
        {
            return NotFound();
        }

        var total = await filtered.CountAsync(ct);
        var items = await filtered
            .OrderBy(c => c.Status == CommentStatus.Pending ? 0 : 1)
            .ThenByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new QueuedComment(
                c.Id, c.ArticleId, a.Headline, a.Slug, c.ParentId, c.AuthorName, c.Email, c.Body, c.Status, c.CreatedAt, c.ModeratedByName))
            .ToListAsync(ct);
        if (items.Count == 0 && PageNumber > 1)
        {
            return NotFound();
        }

        Comments = new Paged<QueuedComment>(items, PageNumber, PageSize, total);
        return Page();
    }

    /// `bulk` with the ticked `ids`, or `one` as "approve:12" from a row's own buttons.
    public async Task<IActionResult> OnPostAsync(int[] ids, string? bulk, string? one, CancellationToken ct)
    {
        string? action;
        IReadOnlyCollection<int> targets;
        if (one is { } single && single.Split(':') is [var verb, var idText]
            && int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            (action, targets) = (verb, [id]);
        }
        else
        {
            (action, targets) = (bulk, ids.Distinct().Take(ModerateComments.MaxBatch).ToList());
        }

        if (!TryAction(action, out var status))
        {
            return BadRequest();
        }

        if (targets.Count == 0)
        {
            TempData["Notice"] = "لم تحدد أي تعليق.";
            return new SeeOtherResult(Url.Page("/Newsroom/Comments/Index", new { state = State, article = ArticleId, page = PageNumber })!);
        }

        var changed = await moderate.SetStatusAsync(targets, status, User, ct);
        TempData["Notice"] = $"{Done(status)}: {CommentQueries.Noun.Count(changed)}.";
        return new SeeOtherResult(Url.Page("/Newsroom/Comments/Index", new { state = State, article = ArticleId })!);
    }

    public string StateUrl(string state) => Url.Page("/Newsroom/Comments/Index", new { state, article = ArticleId })!;

    public string PageUrl(int page) => Url.Page("/Newsroom/Comments/Index", new { state = State, article = ArticleId, page })!;

    private static bool TryAction(string? action, out CommentStatus status)
    {
        (var known, status) = action switch
        {
            "approve" => (true, CommentStatus.Approved),
            "spam" => (true, CommentStatus.Spam),
            "trash" => (true, CommentStatus.Trash),
            "pending" => (true, CommentStatus.Pending),
            _ => (false, default),
        };
        return known;
    }

    private static string Done(CommentStatus status) => status switch
    {
        CommentStatus.Approved => "نُشر",
        CommentStatus.Spam => "عُلّم مزعجًا",
        CommentStatus.Trash => "نُقل إلى المهملات",
        _ => "أُعيد إلى المراجعة",
    };
}
