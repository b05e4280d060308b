using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Data;
using Sahifa.Web.Readers;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Comments;

/// `/articles/{id}/comments`: the comment form on a page of its own (a reply, or the form shown
/// again with its messages), and the `POST` every comment form sends. No antiforgery token: the
/// readers' forms are guarded by <see cref="ReadersModule"/> instead, so they can sit on cached pages.
[IgnoreAntiforgeryToken]
[RefuseCrossSitePosts]
[LimitReaderPosts]
public sealed class NewModel(SahifaDb db, PostComment post, FormStamps stamps, TimeProvider clock, IOptionsMonitor<CommentOptions> settings) : PageModel, Editions.IInArticleEdition
{
    public ReaderFormArticle Article { get; private set; } = null!;

    // The form is in the article's language.
    string? Editions.IInArticleEdition.ArticleEdition => Article?.Edition;

    public CommentFormView Form { get; private set; } = null!;

    public bool Closed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? replyTo, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.ReaderFormArticleAsync(id, now, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Closed = !CommentQueries.IsOpen(article.CommentsClosed, article.PublishedAt, settings.CurrentValue, now);
        var parent = replyTo is { } p ? await db.ApprovedCommentAsync(id, p, ct) : null;
        if (replyTo is not null && parent is null)
        {
            return NotFound();
        }

        Form = new CommentFormView(id, stamps.Issue(), new CommentForm { ParentId = parent?.Id }, new Dictionary<string, string>(), parent);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromForm] CommentForm form, CancellationToken ct)
    {
        switch (await post.HandleAsync(id, form, ct))
        {
            case PostComment.Outcome.NoSuchArticle:
                return NotFound();
            case PostComment.Outcome.Closed closed:
                Article = closed.Article;
                Closed = true;
                Form = new CommentFormView(id, "", form, new Dictionary<string, string>(), null);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case PostComment.Outcome.Invalid invalid:
                Article = invalid.Article;
                var parent = form.ParentId is { } p ? await db.ApprovedCommentAsync(id, p, ct) : null;
                // A fresh stamp: the reader who was too quick, or whose form expired, can send
                // the same text again.
                Form = new CommentFormView(id, stamps.Issue(), form, invalid.Errors, parent);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            case PostComment.Outcome.Posted { Approved: true } posted:
                return new SeeOtherResult($"{posted.Article.Url}#comment-{posted.CommentId}");
            case PostComment.Outcome.Posted posted:
                return new SeeOtherResult(Awaiting(posted.Article.Url, posted.CommentId));
            case PostComment.Outcome.Discarded discarded:
                // Answered exactly like a comment that waits for moderation, so the sender
                // learns nothing from the reply.
                return new SeeOtherResult(Awaiting(discarded.Article.Url, RandomNumberGenerator.GetInt32(1, 1_000_000)));
            default:
                throw new InvalidOperationException("unhandled outcome");
        }
    }

    // The notice is keyed by the query, not by a cookie: the page stays the same for every
    // reader who opens this URL, and can still be cached.
    private static string Awaiting(string articleUrl, int commentId) =>
        $"{articleUrl}?{AwaitingQuery}={commentId}#comment-{commentId}";

    public const string AwaitingQuery = "awaiting";
}

/// What the comment form partial shows: the values to keep, the messages per field, the stamp.
public sealed record CommentFormView(
    int ArticleId,
    string Stamp,
    CommentForm Values,
    IReadOnlyDictionary<string, string> Errors,
    PublicComment? ReplyingTo)
{
    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
