using Microsoft.AspNetCore.Http.HttpResults;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Hosting;

/// RFC 9457 problem bodies for the API. Every problem carries a stable `code` clients can branch on;
/// `detail` is Arabic for people.
public static class Problems
{
    public static ProblemHttpResult BadRequest(string code, string detail) =>
        Problem(StatusCodes.Status400BadRequest, "طلب غير صالح", code, detail);

    public static ProblemHttpResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "غير موجود", "not_found", detail);

    public static ProblemHttpResult Forbidden(string code, string detail) =>
        Problem(StatusCodes.Status403Forbidden, "غير مسموح", code, detail);

    public static ValidationProblem? Validate(ArticleInput? input)
    {
        var errors = input is null
            ? new Dictionary<string, string[]> { [""] = ["جسم الطلب فارغ؛ أرسل المادة بصيغة JSON."] }
            : ArticleRules.Validate(input);
        return errors.Count == 0
            ? null
            : TypedResults.ValidationProblem(
                errors,
                detail: "بعض الحقول تحتاج إلى تصحيح.",
                title: "المدخلات غير صالحة",
                extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" });
    }

    /// Errors found past the input's own validation (a lead image not in the library).
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors, string? code = null) =>
        TypedResults.ValidationProblem(
            errors,
            detail: code is null ? "بعض الحقول تحتاج إلى تصحيح." : errors.Values.SelectMany(e => e).First(),
            title: "المدخلات غير صالحة",
            extensions: new Dictionary<string, object?> { ["code"] = code ?? "validation_failed" });

    private static ProblemHttpResult Problem(int status, string title, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
