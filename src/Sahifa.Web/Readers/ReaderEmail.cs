namespace Sahifa.Web.Readers;

/// The e-mail a reader leaves for the newsroom: never shown, used to tell returning readers and
/// double submissions apart.
public static class ReaderEmail
{
    /// The longest address SMTP allows (RFC 5321's 256-octet path less the angle brackets), and
    /// the size of the e-mail columns.
    public const int MaxLength = 254;

    /// A plausible address: one @, something either side, a dot in the domain, no spaces.
    public static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0
            && at == email.LastIndexOf('@')
            && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.')
            && !email.Any(char.IsWhiteSpace)
            && email.Length <= MaxLength;
    }

    /// The e-mail as a key: trimmed and lower-cased (the invariant culture, never the ambient one).
    public static string Key(string email) => email.Trim().ToLowerInvariant();
}
