using Sahifa.Web.Tags;

namespace Sahifa.Web.Articles;

/// The Arabic words readers see for the newsroom's categories.
public static class ArticleLabels
{
    public static string Of(TypeOfWork type) => type switch
    {
        TypeOfWork.News => "خبر",
        TypeOfWork.Analysis => "تحليل",
        TypeOfWork.Opinion => "رأي",
        TypeOfWork.Interview => "مقابلة",
        TypeOfWork.FactCheck => "تدقيق معلومات",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Of(TagKind kind) => kind switch
    {
        TagKind.Place => "مكان",
        TagKind.Person => "شخصية",
        TagKind.Organisation => "جهة",
        TagKind.Topic => "موضوع",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// The machine name used by the API and in CSS classes.
    public static string Code(TypeOfWork type) => type switch
    {
        TypeOfWork.FactCheck => "fact-check",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Code(TagKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out TypeOfWork type)
    {
        foreach (var candidate in Enum.GetValues<TypeOfWork>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static bool TryParse(string? code, out TagKind kind)
    {
        foreach (var candidate in Enum.GetValues<TagKind>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
