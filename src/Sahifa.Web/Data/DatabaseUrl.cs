using Npgsql;

namespace Sahifa.Web.Data;

/// `SAHIFA_DATABASE` as operators write it: a `postgres://user:password@host:port/name` URL (the
/// form hosting providers hand out) or a plain Npgsql connection string.
public static class DatabaseUrl
{
    public static NpgsqlConnectionStringBuilder ToNpgsql(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(value);
        }

        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Split(':', 2) is [var user, ..] && user.Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user);
            if (uri.UserInfo.Split(':', 2) is [_, var password])
            {
                builder.Password = Uri.UnescapeDataString(password);
            }
        }

        // ?sslmode=require and the like become connection string keywords.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(parts[0])] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "true";
        }

        return builder;
    }

    /// Host, port and database, for the log: never the password.
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
}
