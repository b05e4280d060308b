namespace Sahifa.Web.Importing;

/// A file that cannot be imported at all. Nothing has been written when this is thrown: the
/// whole file is read once before the first write. `Code` is stable for API clients, `Message`
/// is English for the command line and the log, `Detail` Arabic for the newsroom and the API.
public sealed class ImportException(string code, string message, string detail, int line = 0, int column = 0)
    : Exception(message)
{
    public const string MalformedXml = "malformed_xml";
    public const string DtdRefused = "dtd_refused";
    public const string NotWordPress = "not_wxr";
    public const string ImportRunning = "import_running";

    public string Code { get; } = code;

    public string Detail { get; } = detail;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
