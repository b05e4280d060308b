using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Readers;

namespace Sahifa.Web.Articles;

/// `/articles/{id}/{slug}`: the article page. A missing or stale slug 301s to the canonical URL,
/// so links that were shared before a headline changed keep working.
public sealed class ShowModel(SahifaDb db, TimeProvider clock, IOptionsMonitor<CommentOptions> commentOptions, FormStamps stamps, SiteEditions editions) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public CommentThreadView Comments { get; private set; } = null!;

    // Structured data states them (schema.org `correction`).
    public IReadOnlyList<PublicCorrection> Corrections { get; private set; } = [];

    public ArticleCorrections CorrectionNotes { get; private set; } = ArticleCorrections.From([]);

    public CorrectionFormView CorrectionForm { get; private set; } = null!;

    /// The story in the site's other editions, as readers may see it.
    public IReadOnlyList<EditionLink> Translations { get; private set; } = [];

    /// `?correction=sent`, from the redirect after a reader filed a request.
    public bool CorrectionSent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var page = await db.ArticlePageAsync(id, ct);
        var article = page?.Article;
        if (article is { Status: ArticleStatus.Unpublished })
        {
            // Withdrawn on purpose: say so (410), so search engines drop it and readers know
            // the link was not simply mistyped.
            return StatusCode(StatusCodes.Status410Gone);
        }

        if (article is null || !ArticleQueries.IsPublicAt(article.Status, article.PublishedAt, clock.GetUtcNow().UtcDateTime))
        {
            return NotFound();
        }

        if (!string.Equals(slug, article.Slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(article.Url);
        }

        Article = article;
        HttpContext.SetEdition(editions.Of(article.Edition));
        if (page!.Value.InGroup)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var others = Sahifa.Web.Editions.Translations.Public(await Sahifa.Web.Editions.Translations.MembersAsync(db, article.TranslationOfId ?? id, ct), now)
                .Where(m => m.Id != id);
            Translations = editions.InOrder(others, m => m.Edition)
                .Select(m => new EditionLink(editions.Of(m.Edition), m.Url, m.IsOriginal))
                .ToList();
        }

        Comments = await CommentsAsync(id, ct);
        var notes = page!.Value.Corrections;
        CorrectionNotes = ArticleCorrections.From(notes);
        Corrections = notes.Select(n => new PublicCorrection($"{CorrectionKinds.Label(n.Kind)}: {n.Text}", n.PublishedAt)).ToList();
        CorrectionForm = CorrectionFormView.Empty(id, stamps.Issue());
        CorrectionSent = Request.Query[Sahifa.Web.Corrections.NewModel.SentQuery] == "sent";
        return Page();
    }

    // The thread in one query. `?awaiting={id}` comes from the redirect after posting; it is in
    // the URL rather than a cookie, so the page stays the same for every reader of that URL.
    private async Task<CommentThreadView> CommentsAsync(int id, CancellationToken ct)
    {
        var thread = (await db.ThreadForArticleAsync(id, commentOptions.CurrentValue, clock.GetUtcNow().UtcDateTime, ct))!;
        int? awaiting = int.TryParse(Request.Query[Sahifa.Web.Comments.NewModel.AwaitingQuery], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && !thread.Contains(n) ? n : null;
        var form = new CommentFormView(id, stamps.Issue(), new CommentForm(), new Dictionary<string, string>(), null);
        return new CommentThreadView(id, thread, awaiting, form);
    }
}
