using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahifa.Web.Data;
using Sahifa.Web.Readers;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Corrections;

/// `/articles/{id}/corrections`: the correction request form on a page of its own (or shown again
/// with its messages), and the `POST` the article page's form sends. Guarded like the comment
/// form (<see cref="ReadersModule"/>), with no antiforgery token.
[IgnoreAntiforgeryToken]
[RefuseCrossSitePosts]
[LimitReaderPosts]
public sealed class NewModel(SahifaDb db, RequestCorrection request, FormStamps stamps, TimeProvider clock) : PageModel, Editions.IInArticleEdition
{
    public const string SentQuery = "correction";

    public ReaderFormArticle Article { get; private set; } = null!;

    // The form is in the article's language.
    string? Editions.IInArticleEdition.ArticleEdition => Article?.Edition;

    public CorrectionFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.ReaderFormArticleAsync(id, clock.GetUtcNow().UtcDateTime, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Form = CorrectionFormView.Empty(id, stamps.Issue());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromForm] CorrectionRequestForm form, CancellationToken ct)
    {
        switch (await request.HandleAsync(id, form, ct))
        {
            case RequestCorrection.Outcome.Invalid invalid:
                Article = invalid.Article;
                Form = new CorrectionFormView(id, stamps.Issue(), form, invalid.Errors);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            case RequestCorrection.Outcome.Filed filed:
                return new SeeOtherResult($"{filed.Article.Url}?{SentQuery}=sent#correction");
            default:
                return NotFound();
        }
    }
}

public sealed record CorrectionFormView(int ArticleId, string Stamp, CorrectionRequestForm Values, IReadOnlyDictionary<string, string> Errors)
{
    public static CorrectionFormView Empty(int articleId, string stamp) => new(articleId, stamp, new CorrectionRequestForm(), new Dictionary<string, string>());

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
