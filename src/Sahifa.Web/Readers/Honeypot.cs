namespace Sahifa.Web.Readers;

/// A field people never see or fill; scripts that fill every input do. A filled one is answered
/// as a success and discarded, so the script learns nothing.
public static class Honeypot
{
    public const string Field = "website";

    public static bool IsFilled(string? value) => !string.IsNullOrWhiteSpace(value);
}
