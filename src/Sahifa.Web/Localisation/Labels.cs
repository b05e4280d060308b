using Microsoft.Extensions.Localization;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Corrections;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Localisation;

/// The words for the newsroom's categories and counted nouns in the reader's language, read
/// from the interface text (`TypeOfWork.news`, `TagKind.place`, `Count.Stories`).
public static class Labels
{
    public static string Of(this IStringLocalizer text, TypeOfWork type) => text["TypeOfWork." + ArticleLabels.Code(type)];

    public static string Of(this IStringLocalizer text, TagKind kind) => text["TagKind." + ArticleLabels.Code(kind)];

    public static string Of(this IStringLocalizer text, CorrectionKind kind) => text["CorrectionKind." + CorrectionKinds.Code(kind)];

    /// "3 مواد", "3 stories": a count with its noun. An Arabic entry gives five forms
    /// (singular|dual|plural|none|one), as Arabic counts need; the others give three
    /// (none|one|many, with {0} for the number).
    public static string Count(this IStringLocalizer text, string noun, int n, DigitStyle digits)
    {
        var forms = text["Count." + noun].Value.Split('|');
        if (forms.Length == 5)
        {
            return new ArabicNoun(forms[0], forms[1], forms[2], forms[3], forms[4]).Count(n, digits);
        }

        var form = n == 0 ? forms[0] : n == 1 ? forms[1] : forms[^1];
        return form.Replace("{0}", ArabicDigits.Format(n, digits), StringComparison.Ordinal);
    }
}
