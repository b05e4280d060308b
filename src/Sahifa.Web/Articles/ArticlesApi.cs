using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Accounts;
using Sahifa.Web.Audit;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;
using Sahifa.Web.Editions;
using Sahifa.Web.Hosting;

namespace Sahifa.Web.Articles;

/// `/api/v1/articles`: public reads of published articles; bearer-token writes.
public static class ArticlesApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Articles");

        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(AccountsModule.ApiWriter);
        group.MapPut("/{id:int}", ReplaceAsync).RequireAuthorization(AccountsModule.ApiWriter);

        return group;
    }

    public sealed record ArticleList(int Page, int PageSize, int Total, IReadOnlyList<ArticleJson> Articles);

    public sealed record BylineJson(string? Desk, IReadOnlyList<string> Authors);

    public sealed record ArticleJson(
        int Id,
        string Url,
        string Slug,
        string Title,
        string Standfirst,
        string Body,
        string BodyHtml,
        string Section,
        string TypeOfWork,
        BylineJson Byline,
        IReadOnlyList<string> Sources,
        IReadOnlyList<string> Tags,
        string Status,
        bool Breaking,
        DateTimeOffset? PublishedAt,
        DateTimeOffset UpdatedAt,
        IReadOnlyList<CorrectionJson> Corrections,
        ImageJson? Image,
        string Edition,
        int? TranslationOf,
        IReadOnlyList<TranslationJson> Translations);

    /// Another article of the same story in another edition; the public see the published ones.
    public sealed record TranslationJson(int Id, string Edition, string Url, string Status);

    /// The lead photograph as this article shows it: its own alt, caption and credit where it has
    /// them, the library's otherwise; `url` is the largest rendition.
    public sealed record ImageJson(int Id, string Url, int Width, int Height, string Alt, string Caption, string Credit);

    /// A public correction: `kind` is correction, clarification, update or retraction; `changes`
    /// the public "what changed" view of the revision that fixed the text, when there is one.
    public sealed record CorrectionJson(string Kind, string Text, DateTimeOffset PublishedAt, string? Changes);

    private static async Task<Results<Ok<ArticleList>, ProblemHttpResult>> ListAsync(
        SahifaDb db, TimeProvider clock, SiteUrls urls, HttpRequest request, CancellationToken ct, int page = 1, int pageSize = 20, string? edition = null)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            return Problems.BadRequest("bad_paging", $"page يبدأ من 1، وpageSize بين 1 و{MaxPageSize}.");
        }

        var published = db.Articles.AsNoTracking().PublishedAsOf(clock.GetUtcNow().UtcDateTime);
        if (edition is not null)
        {
            published = published.Where(a => a.Edition == edition);
        }

        var total = await published.CountAsync(ct);
        var ids = await published.NewestFirst().Skip((page - 1) * pageSize).Take(pageSize).Select(a => a.Id).ToListAsync(ct);
        var articles = await ReadAsync(db, ids, urls, request, ct);
        return TypedResults.Ok(new ArticleList(page, pageSize, total, articles));
    }

    private static async Task<Results<Ok<ArticleJson>, ProblemHttpResult>> GetAsync(
        int id, SahifaDb db, TimeProvider clock, SiteUrls urls, HttpRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var article = (await ReadAsync(db, [id], urls, request, ct)).SingleOrDefault();
        var visible = article is not null
            && (IsStaff(user) || (article.Status is "published" or "scheduled" && article.PublishedAt <= clock.GetUtcNow()));
        return visible ? TypedResults.Ok(article!) : Problems.NotFound("لا توجد مادة منشورة بهذا الرقم.");
    }

    private static async Task<Results<Created<ArticleJson>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        [FromBody] ArticleInput input, SahifaDb db, SaveArticle save, SiteUrls urls, HttpRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Problems.Validate(input) is { } invalid)
        {
            return invalid;
        }

        if (input.NeedsEditor() && !CanPublish(user))
        {
            return Problems.Forbidden("cannot_publish", "النشر للمحررين فقط؛ احفظ المادة مسودة وأرسلها للمراجعة.");
        }

        var saved = await save.CreateAsync(input, new ArticleEdit(), StaffActor.From(request.HttpContext), ct);
        if (saved.Outcome == SaveOutcome.Invalid)
        {
            return Problems.Invalid(saved.Errors!, saved.Code);
        }

        var id = saved.Id;
        var article = (await ReadAsync(db, [id], urls, request, ct)).Single();
        return TypedResults.Created(ArticleUrls.ApiArticle(id), article);
    }

    private static async Task<Results<Ok<ArticleJson>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        int id, [FromBody] ArticleInput input, SahifaDb db, SaveArticle save, SiteUrls urls, HttpRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Problems.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var current = await db.Articles.Where(a => a.Id == id).Select(a => (ArticleStatus?)a.Status).SingleOrDefaultAsync(ct);
        if (current is null)
        {
            return Problems.NotFound("لا توجد مادة بهذا الرقم.");
        }

        // Writers may edit drafts; changing what the public sees is an editor's call.
        if ((input.NeedsEditor() || current is not (ArticleStatus.Draft or ArticleStatus.InReview)) && !CanPublish(user))
        {
            return Problems.Forbidden("cannot_publish", "تعديل المواد المنشورة ونشرها للمحررين فقط.");
        }

        var replaced = await save.UpdateAsync(id, input, new ArticleEdit(), StaffActor.From(request.HttpContext), ct);
        if (replaced.Outcome == SaveOutcome.Invalid)
        {
            return Problems.Invalid(replaced.Errors!, replaced.Code);
        }

        return TypedResults.Ok((await ReadAsync(db, [id], urls, request, ct)).Single());
    }

    private static bool IsStaff(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    private static bool CanPublish(ClaimsPrincipal user) =>
        StaffRoles.CanPublish(user.FindAll(ClaimTypes.Role).Select(c => c.Value));

    private static async Task<List<ArticleJson>> ReadAsync(SahifaDb db, IReadOnlyCollection<int> ids, SiteUrls urls, HttpRequest request, CancellationToken ct)
    {
        var rows = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Headline,
                a.Standfirst,
                a.BodyMarkdown,
                a.BodyHtml,
                Section = a.Section.Name,
                a.TypeOfWork,
                a.DeskName,
                a.Status,
                a.IsBreaking,
                a.PublishedAt,
                a.UpdatedAt,
                Authors = a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Name).ToList(),
                Sources = a.Sources.OrderBy(x => x.Position).Select(x => x.Source.Name).ToList(),
                Tags = a.Tags.OrderBy(x => x.Position).Select(x => x.Tag.Name).ToList(),
                a.LeadImageId,
                LeadImageWidth = (int?)a.LeadImage!.Width,
                LeadImageHeight = (int?)a.LeadImage.Height,
                LeadImageAlt = a.LeadImageAlt ?? a.LeadImage.Alt,
                LeadImageCaption = a.LeadImageCaption ?? a.LeadImage.Caption,
                LeadImageCredit = a.LeadImageCredit ?? a.LeadImage.Credit,
                LeadImageRenditions = a.LeadImage.Renditions,
                a.Edition,
                a.TranslationOfId,
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        // Each article's group in one query: the originals and everything that names them.
        var roots = rows.Select(r => r.TranslationOfId ?? r.Id).Distinct().ToList();
        var members = await db.Articles.AsNoTracking().InGroupsOf(roots).ToListAsync(ct);
        var now = request.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var staff = IsStaff(request.HttpContext.User);
        var groups = members
            .Where(m => staff || ArticleQueries.IsPublicAt(m.Status, m.PublishedAt, now))
            .ToLookup(m => m.Root);

        // Sahifa:Site:BaseUrl when set, as on the page's canonical link: behind a proxy the
        // request's own host is not the public one (issue 20).
        var origin = urls.Origin(request);
        var corrections = (await db.CorrectionsForAsync(ids, ct)).ToLookup(c => c.ArticleId);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return rows
            .OrderBy(r => order[r.Id])
            .Select(a => new ArticleJson(
                a.Id, origin + ArticleUrls.Article(a.Id, a.Slug), a.Slug, a.Headline, a.Standfirst, a.BodyMarkdown, a.BodyHtml,
                a.Section, ArticleLabels.Code(a.TypeOfWork), new BylineJson(a.DeskName, a.Authors), a.Sources, a.Tags,
                ArticleStates.Code(a.Status), a.IsBreaking,
                a.PublishedAt is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null,
                new DateTimeOffset(a.UpdatedAt, TimeSpan.Zero),
                corrections[a.Id].Select(c => new CorrectionJson(
                    CorrectionKinds.Code(c.Kind), c.Text, new DateTimeOffset(c.PublishedAt, TimeSpan.Zero),
                    c.ChangesUrl is { } changes ? origin + changes : null)).ToList(),
                Media.MediaView.Of(a.LeadImageId, a.LeadImageWidth, a.LeadImageHeight, a.LeadImageAlt, a.LeadImageCaption, a.LeadImageCredit, a.LeadImageRenditions) is { } photo
                    ? new ImageJson(photo.Id, origin + photo.Largest.Path, photo.Width, photo.Height, photo.Alt, photo.Caption, photo.Credit)
                    : null,
                a.Edition,
                a.TranslationOfId,
                groups[a.TranslationOfId ?? a.Id].Where(m => m.Id != a.Id)
                    .Select(m => new TranslationJson(m.Id, m.Edition, origin + m.Url, ArticleStates.Code(m.Status)))
                    .ToList()))
            .ToList();
    }
}
