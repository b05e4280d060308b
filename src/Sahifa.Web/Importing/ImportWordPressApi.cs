using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Importing;

/// `POST /api/v1/import/wordpress`: an admin uploads a WordPress export as the multipart field
/// `file` and gets the import's report. The upload is streamed to a temporary file (never held
/// in memory) and refused with 413 as soon as it is known to be too big: at once from its
/// Content-Length, or the moment the stream passes the limit. Kestrel's own cap is raised to ours
/// by the endpoint's <see cref="UploadLimit.RequestSize"/> metadata.
public static class ImportWordPressApi
{
    public const string Route = "/api/v1/import/wordpress";

    public static RouteHandlerBuilder MapImportApi(this IEndpointRouteBuilder app) =>
        app.MapPost(Route, ImportAsync)
            .RequireAuthorization(ImportingModule.ApiAdmin)
            .WithMetadata(UploadLimit.RequestSize(app.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes))
            .WithTags("Import");

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ImportWordPress import, IOptions<ImportOptions> options, CancellationToken ct)
    {
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(options.Value);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "صيغة غير مدعومة", "multipart_required",
                "أرسل ملف التصدير بصيغة multipart/form-data في الحقل file.");
        }

        var temporary = Path.Combine(Path.GetTempPath(), $"sahifa-import-{Guid.NewGuid():N}.xml");
        try
        {
            switch (await SaveUploadAsync(request, boundary, temporary, limit, ct))
            {
                case Upload.Missing:
                    return Problem(StatusCodes.Status400BadRequest, "طلب غير صالح", "missing_file",
                        "لم يصل ملف؛ أرسل ملف التصدير في الحقل file.");
                case Upload.TooLarge:
                    return TooLarge(options.Value);
            }

            return TypedResults.Ok(await import.RunAsync(temporary, progress: null, ct));
        }
        catch (ImportException e)
        {
            var (status, title) = e.Code == ImportException.ImportRunning
                ? (StatusCodes.Status409Conflict, "استيراد جارٍ")
                : (StatusCodes.Status422UnprocessableEntity, "ملف لا يمكن استيراده");
            var problem = Problem(status, title, e.Code, e.Detail);
            if (e.Line > 0)
            {
                problem.ProblemDetails.Extensions["line"] = e.Line;
                problem.ProblemDetails.Extensions["column"] = e.Column;
            }

            return problem;
        }
        catch (InvalidDataException)
        {
            return Problem(StatusCodes.Status400BadRequest, "طلب غير صالح", "bad_multipart", "تعذّرت قراءة الملف المرفوع؛ الطلب غير مكتمل أو تالف.");
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private enum Upload
    {
        Saved,
        Missing,
        TooLarge,
    }

    private static async Task<Upload> SaveUploadAsync(HttpRequest request, string boundary, string path, long limit, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
            {
                continue;
            }

            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = await section.Body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return Upload.TooLarge;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            return total == 0 ? Upload.Missing : Upload.Saved;
        }

        return Upload.Missing;
    }

    private static ProblemHttpResult TooLarge(ImportOptions options) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "الطلب كبير جدًا", "too_large",
            $"ملف التصدير أكبر من الحد المسموح ({options.MaxUploadMegabytes} ميغابايت)؛ استورده من سطر الأوامر: sahifa import wordpress FILE.");

    private static ProblemHttpResult Problem(int status, string title, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
