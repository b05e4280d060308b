using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sahifa.Web.Data;

namespace Sahifa.Web.Accounts;

/// Issues API tokens and recognises them. A token is 32 random bytes; the database keeps only
/// its SHA-256, so a leaked backup does not leak working tokens.
public sealed class ApiTokens(SahifaDb db, TimeProvider clock)
{
    private const string TokenPrefix = "sahifa_";

    public async Task<string> CreateAsync(StaffUser user, CancellationToken ct)
    {
        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken
        {
            StaffUserId = user.Id,
            Hash = Hash(token),
            Prefix = token[..12],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public Task<StaffUser?> FindUserAsync(string token, CancellationToken ct)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return Task.FromResult<StaffUser?>(null);
        }

        var hash = Hash(token);
        return db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null)
            .Select(t => t.StaffUser)
            .SingleOrDefaultAsync(ct);
    }

    private static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
