using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Arabic;
using Sahifa.Web.Data;
using Sahifa.Web.Localisation;
using Sahifa.Web.Readers;

namespace Sahifa.Web.Corrections;

/// What a reader sends with `POST /articles/{id}/corrections`; Website is the honeypot and Stamp
/// the signed time the form was served, as on the comment form.
public sealed record CorrectionRequestForm
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Quote { get; init; }
    public string? Details { get; init; }
    public string? Website { get; init; }
    public string? Stamp { get; init; }
}

public static class CorrectionRequestRules
{
    /// Where a message about the form as a whole goes, rather than at one field.
    public const string FormKey = "";

    // Reports often cite where the right figure comes from; a few more links than a comment.
    public const int MaxLinks = 5;

    public static Dictionary<string, string> Validate(CorrectionRequestForm form)
    {
        var errors = new Dictionary<string, string>();
        ReaderName.Check(form.Name, errors);

        var email = (form.Email ?? "").Trim();
        if (email.Length == 0)
        {
            errors["email"] = InterfaceText.Say("Correction.EmailRequired");
        }
        else if (!ReaderEmail.LooksLikeEmail(email))
        {
            errors["email"] = InterfaceText.Say("Reader.EmailInvalid");
        }

        if (ReaderText.Clean(form.Quote ?? "").Length > CorrectionRequest.MaxQuoteLength)
        {
            errors["quote"] = InterfaceText.Say("Correction.QuoteTooLong", CorrectionRequest.MaxQuoteLength);
        }

        var details = ReaderText.Clean(form.Details ?? "");
        if (details.Length == 0)
        {
            errors["details"] = InterfaceText.Say("Correction.DetailsRequired");
        }
        else if (details.Length > CorrectionRequest.MaxDetailsLength)
        {
            errors["details"] = InterfaceText.Say("Correction.DetailsTooLong", CorrectionRequest.MaxDetailsLength);
        }
        else if (ReaderLinks.Count(details) + ReaderLinks.Count(form.Quote ?? "") > MaxLinks)
        {
            errors["details"] = InterfaceText.Say("Correction.TooManyLinks", MaxLinks);
        }

        return errors;
    }
}

/// `POST /articles/{id}/corrections`: files a reader's report in the newsroom's corrections queue.
public sealed class RequestCorrection(
    SahifaDb db,
    TimeProvider clock,
    FormStamps stamps,
    IOptionsMonitor<ReaderOptions> settings,
    ILogger<RequestCorrection> log,
    Editions.SiteEditions editions)
{
    public abstract record Outcome
    {
        public sealed record NoSuchArticle : Outcome;

        public sealed record Invalid(ReaderFormArticle Article, Dictionary<string, string> Errors) : Outcome;

        /// Filed, or found filed already (a double click). Discarded honeypot posts answer the same.
        public sealed record Filed(ReaderFormArticle Article) : Outcome;
    }

    public async Task<Outcome> HandleAsync(int articleId, CorrectionRequestForm form, CancellationToken ct)
    {
        var options = settings.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.ReaderFormArticleAsync(articleId, now, ct) is not { } article)
        {
            return new Outcome.NoSuchArticle();
        }

        // The reader is answered in the article's language.
        System.Globalization.CultureInfo.CurrentUICulture = editions.Of(article.Edition).Culture;

        if (Honeypot.IsFilled(form.Website))
        {
            log.LogInformation("Discarded a correction request on article {ArticleId}: the honeypot field was filled", articleId);
            return new Outcome.Filed(article);
        }

        var errors = CorrectionRequestRules.Validate(form);
        switch (stamps.Check(form.Stamp, TimeSpan.FromSeconds(options.MinFillSeconds)))
        {
            case StampCheck.TooFast:
                errors[CorrectionRequestRules.FormKey] = InterfaceText.Say("Correction.TooFast");
                break;
            case StampCheck.Invalid:
                errors[CorrectionRequestRules.FormKey] = InterfaceText.Say("Correction.Expired");
                break;
        }

        if (errors.Count > 0)
        {
            return new Outcome.Invalid(article, errors);
        }

        var email = form.Email!.Trim();
        var emailKey = ReaderEmail.Key(email);
        var details = ReaderText.Clean(form.Details!);
        var since = now.AddMinutes(-options.DuplicateWindowMinutes);
        if (await db.CorrectionRequests.AnyAsync(r => r.ArticleId == articleId && r.EmailKey == emailKey && r.Details == details && r.CreatedAt >= since, ct))
        {
            return new Outcome.Filed(article);
        }

        var request = new CorrectionRequest
        {
            ArticleId = articleId,
            Name = ArabicText.CleanForDisplay(form.Name!),
            Email = email,
            EmailKey = emailKey,
            Quote = ReaderText.Clean(form.Quote ?? ""),
            Details = details,
            CreatedAt = now,
        };
        db.CorrectionRequests.Add(request);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Correction request {RequestId} on article {ArticleId} filed", request.Id, articleId);
        return new Outcome.Filed(article);
    }
}
