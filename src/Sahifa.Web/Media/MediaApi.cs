using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Media;

/// `/api/v1/media`: writers, editors and admins add photographs to the library and read them back.
/// Reading needs a token too: the library holds photographs no article has published yet.
public static class MediaApi
{
    public static RouteGroupBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/media").WithTags("Media").RequireAuthorization(AccountsModule.ApiWriter);

        group.MapPost("/", UploadAsync).DisableAntiforgery();
        group.MapGet("/{id:int}", GetAsync);

        return group;
    }

    public sealed record RenditionJson(string Url, int Width, int Height, string Type);

    public sealed record MediaJson(int Id, string Url, int Width, int Height, string Alt, string Caption, string Credit, IReadOnlyList<RenditionJson> Renditions);

    internal static MediaJson ToJson(MediaView view, Func<string, string> absolute) => new(
        view.Id, absolute(view.Largest.Path), view.Width, view.Height, view.Alt, view.Caption, view.Credit,
        [.. view.Renditions.Select(r => new RenditionJson(absolute(r.Path), r.Width, r.Height, r.ContentType))]);

    private static async Task<Results<Created<MediaJson>, Ok<MediaJson>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, UploadMedia upload, SahifaDb db, SiteUrls urls, IOptions<MediaOptions> options, CancellationToken ct)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxUploadBytes + FormOverhead)
        {
            return Problem(PhotoProblem.TooLarge(limits.MaxUploadMegabytes));
        }

        if (!request.HasFormContentType)
        {
            return Problem(new PhotoProblem("multipart_required", "أرسل الصورة بصيغة multipart/form-data في الحقل file.", StatusCodes.Status415UnsupportedMediaType));
        }

        // A body sent without a length is cut off at the same limit while it is read.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxUploadBytes + FormOverhead;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(PhotoProblem.TooLarge(limits.MaxUploadMegabytes));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problem(new PhotoProblem("bad_multipart", "تعذّرت قراءة الطلب؛ هو ناقص أو تالف.", StatusCodes.Status400BadRequest));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problem(PhotoProblem.Empty);
        }

        if (file.Length > limits.MaxUploadBytes)
        {
            return Problem(PhotoProblem.TooLarge(limits.MaxUploadMegabytes));
        }

        var bytes = await ReadAsync(file, ct);
        var input = new MediaInput { Alt = form["alt"], Caption = form["caption"], Credit = form["credit"] };
        switch (await upload.UploadAsync(bytes, input, user, ct))
        {
            case UploadMedia.Outcome.Invalid invalid:
                return TypedResults.ValidationProblem(
                    invalid.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
                    detail: "بعض الحقول تحتاج إلى تصحيح.",
                    title: "المدخلات غير صالحة",
                    extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" });
            case UploadMedia.Outcome.Refused refused:
                return Problem(refused.Problem);
            case UploadMedia.Outcome.Stored stored:
                var json = ToJson((await db.ViewAsync(stored.Id, ct))!, path => urls.Absolute(request, path));
                // The same file again is the item already in the library, not a new one.
                return stored.Created ? TypedResults.Created(MediaUrls.Api(stored.Id), json) : TypedResults.Ok(json);
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    private static async Task<Results<Ok<MediaJson>, ProblemHttpResult>> GetAsync(int id, HttpRequest request, SahifaDb db, SiteUrls urls, CancellationToken ct) =>
        await db.ViewAsync(id, ct) is { } view
            ? TypedResults.Ok(ToJson(view, path => urls.Absolute(request, path)))
            : Problem(new PhotoProblem("not_found", "لا توجد صورة بهذا الرقم في المكتبة.", StatusCodes.Status404NotFound));

    internal static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(bytes, ct);
        return bytes;
    }

    // The multipart boundaries and the text fields around the file.
    internal const long FormOverhead = 64 * 1024;

    private static ProblemHttpResult Problem(PhotoProblem problem) =>
        TypedResults.Problem(detail: problem.Message, statusCode: problem.Status, title: "لم تُقبل الصورة",
            extensions: new Dictionary<string, object?> { ["code"] = problem.Code });
}
