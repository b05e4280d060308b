using System.Globalization;

namespace Sahifa.Web.Search;

/// A search as the page and the API both receive it: strings, so a bad value gets our Arabic
/// message rather than the framework's. <see cref="Validate"/> is the one validation of it
/// (STYLE.md 6); the page shows its messages beside the search field with 422, the API sends them
/// as a problem whose `code` is the error's.
public sealed record SearchInput(string? Q, string? Page, string? From = null, string? To = null)
{
    /// A stable code for API clients to branch on and an Arabic message for people.
    public sealed record Error(string Code, string Message);

    /// No words at all is not a mistake on the page (it shows the empty form), but the API has
    /// nothing to answer: it sends this.
    public static readonly Error MissingQuery = new("missing_query", "أرسل كلمات البحث في q.");

    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);

    /// The page asked for; 1 when none was given. Read after <see cref="Validate"/> found nothing.
    public int PageNumber => SearchPaging.TryParse(Page, out var page) ? page : 1;

    public DateOnly? FromDate => TryDate(From, out var date) ? date : null;

    public DateOnly? ToDate => TryDate(To, out var date) ? date : null;

    /// Query-string name to error, in the order the fields appear; empty when the search can run.
    public IReadOnlyDictionary<string, Error> Validate()
    {
        var errors = new Dictionary<string, Error>(StringComparer.Ordinal);
        if (Q is { Length: > SearchQuery.MaxLength })
        {
            errors["q"] = new("query_too_long", $"البحث أطول من {SearchQuery.MaxLength} حرف؛ اختصره وأعد المحاولة.");
        }

        if (!SearchPaging.TryParse(Page, out _))
        {
            errors["page"] = new("bad_paging", $"رقم الصفحة غير صالح؛ الصفحات تبدأ من 1 وتنتهي عند {SearchArticles.MaxPage}.");
        }

        foreach (var (field, text) in (ReadOnlySpan<(string, string?)>)[("from", From), ("to", To)])
        {
            if (!TryDate(text, out _))
            {
                errors[field] = new("bad_date", "التاريخ غير صالح؛ اكتبه بالشكل 2026-03-01.");
            }
        }

        return errors;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
