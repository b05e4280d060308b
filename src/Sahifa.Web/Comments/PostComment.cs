using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using Sahifa.Web.Localisation;
using Sahifa.Web.Readers;

namespace Sahifa.Web.Comments;

/// What a reader sends with `POST /articles/{id}/comments`. Website is the honeypot and Stamp
/// the signed time the form was served (see <see cref="ReadersModule"/>).
public sealed record CommentForm
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Body { get; init; }
    public int? ParentId { get; init; }
    public string? Website { get; init; }
    public string? Stamp { get; init; }
}

public static class CommentRules
{
    /// Where a message about the form as a whole goes, rather than at one field.
    public const string FormKey = "";

    /// Field name to an Arabic message; empty when the comment may be stored.
    public static Dictionary<string, string> Validate(CommentForm form, CommentOptions options)
    {
        var errors = new Dictionary<string, string>();
        ReaderName.Check(form.Name, errors);

        var email = (form.Email ?? "").Trim();
        if (email.Length == 0)
        {
            errors["email"] = InterfaceText.Say("Comments.EmailRequired");
        }
        else if (!ReaderEmail.LooksLikeEmail(email))
        {
            errors["email"] = InterfaceText.Say("Reader.EmailInvalid");
        }

        var body = ReaderText.Clean(form.Body ?? "");
        if (body.Length == 0)
        {
            errors["body"] = InterfaceText.Say("Comments.BodyRequired");
        }
        else if (body.Length > options.MaxBodyLength)
        {
            errors["body"] = InterfaceText.Say("Comments.BodyTooLong", options.MaxBodyLength);
        }
        else if (ReaderLinks.Count(body) > options.MaxLinks)
        {
            errors["body"] = options.MaxLinks == 0
                ? InterfaceText.Say("Comments.NoLinks")
                : InterfaceText.Say("Comments.TooManyLinks", options.MaxLinks);
        }

        return errors;
    }
}

/// `POST /articles/{id}/comments`: checks the form, then stores the comment for moderation (or
/// approves it at once for a returning commenter, when the site allows it).
public sealed class PostComment(
    SahifaDb db,
    TimeProvider clock,
    FormStamps stamps,
    IOptionsMonitor<CommentOptions> settings,
    IOptionsMonitor<ReaderOptions> readers,
    ILogger<PostComment> log,
    Editions.SiteEditions editions)
{
    public abstract record Outcome
    {
        public sealed record NoSuchArticle : Outcome;

        public sealed record Closed(ReaderFormArticle Article) : Outcome;

        /// Shown again with the messages (status 422); the reader's text is kept.
        public sealed record Invalid(ReaderFormArticle Article, Dictionary<string, string> Errors) : Outcome;

        /// Stored (or found stored already): Approved says whether readers see it yet.
        public sealed record Posted(ReaderFormArticle Article, int CommentId, bool Approved) : Outcome;

        /// The honeypot was filled: nothing is stored, and the sender is answered as if it was.
        public sealed record Discarded(ReaderFormArticle Article) : Outcome;
    }

    public async Task<Outcome> HandleAsync(int articleId, CommentForm form, CancellationToken ct)
    {
        var options = settings.CurrentValue;
        var forms = readers.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.ReaderFormArticleAsync(articleId, now, ct);
        if (article is null)
        {
            return new Outcome.NoSuchArticle();
        }

        // The reader is answered in the article's language.
        CultureInfo.CurrentUICulture = editions.Of(article.Edition).Culture;

        if (!CommentQueries.IsOpen(article.CommentsClosed, article.PublishedAt, options, now))
        {
            return new Outcome.Closed(article);
        }

        if (Honeypot.IsFilled(form.Website))
        {
            log.LogInformation("Discarded a comment on article {ArticleId}: the honeypot field was filled", articleId);
            return new Outcome.Discarded(article);
        }

        var errors = CommentRules.Validate(form, options);
        switch (stamps.Check(form.Stamp, TimeSpan.FromSeconds(forms.MinFillSeconds)))
        {
            case StampCheck.TooFast:
                errors[CommentRules.FormKey] = InterfaceText.Say("Comments.TooFast");
                break;
            case StampCheck.Invalid:
                errors[CommentRules.FormKey] = InterfaceText.Say("Comments.Expired");
                break;
        }

        Comment? parent = null;
        if (form.ParentId is { } parentId)
        {
            parent = await db.Comments.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Id == parentId && c.ArticleId == articleId && c.Status == CommentStatus.Approved, ct);
            if (parent is null)
            {
                errors["parentId"] = InterfaceText.Say("Comments.ParentGone");
            }
        }

        if (errors.Count > 0)
        {
            return new Outcome.Invalid(article, errors);
        }

        var email = form.Email!.Trim();
        var emailKey = ReaderEmail.Key(email);
        var body = ReaderText.Clean(form.Body!);

        // A double click or a reload sends the same comment again: answer with the stored one.
        var since = now.AddMinutes(-forms.DuplicateWindowMinutes);
        var earlier = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.EmailKey == emailKey && c.Body == body && c.CreatedAt >= since)
            .Select(c => new { c.Id, c.Status })
            .FirstOrDefaultAsync(ct);
        if (earlier is not null)
        {
            return new Outcome.Posted(article, earlier.Id, earlier.Status == CommentStatus.Approved);
        }

        var approve = options.AutoApproveReturning
            && await db.Comments.AnyAsync(c => c.EmailKey == emailKey && c.Status == CommentStatus.Approved, ct);

        var (parentOfReply, depth) = CommentThreads.Place(parent, options.MaxDepth);

        var comment = new Comment
        {
            ArticleId = articleId,
            ParentId = parentOfReply,
            Depth = depth,
            AuthorName = ArabicText.CleanForDisplay(form.Name!),
            Email = email,
            EmailKey = emailKey,
            Body = body,
            Status = approve ? CommentStatus.Approved : CommentStatus.Pending,
            CreatedAt = now,
            ModeratedAt = approve ? now : null,
            ModeratedByName = approve ? "موافقة تلقائية" : null,
        };
        db.Comments.Add(comment);
        if (approve)
        {
            db.Record([articleId], now);
        }

        await db.SaveChangesAsync(ct);
        log.LogInformation("Comment {CommentId} on article {ArticleId} stored as {Status}", comment.Id, articleId, comment.Status);
        return new Outcome.Posted(article, comment.Id, approve);
    }
}
