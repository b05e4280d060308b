using Sahifa.Arabic;
using Sahifa.Web.Localisation;

namespace Sahifa.Web.Readers;

/// The name a reader signs a comment or a correction request with.
public static class ReaderName
{
    /// The size of the name columns (Comment.AuthorName, CorrectionRequest.Name).
    public const int MaxLength = 80;

    /// Letters required, bidi tricks removed (as stored), no longer than the column.
    public static void Check(string? value, IDictionary<string, string> errors)
    {
        var name = ArabicText.CleanForDisplay(value ?? "");
        if (name.Length == 0 || !name.Any(char.IsLetterOrDigit))
        {
            errors["name"] = InterfaceText.Say("Reader.NameRequired");
        }
        else if (name.Length > MaxLength)
        {
            errors["name"] = InterfaceText.Say("Reader.NameTooLong", MaxLength);
        }
    }
}
