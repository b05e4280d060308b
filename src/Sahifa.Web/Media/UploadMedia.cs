using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;
using Sahifa.Web.Data;

namespace Sahifa.Web.Media;

/// What the newsroom's form, the API and the importer send with a photograph. Empty caption and
/// credit are filled from the file's own IPTC/XMP fields.
public sealed record MediaInput
{
    public string? Alt { get; init; }
    public string? Caption { get; init; }
    public string? Credit { get; init; }
}

public static class MediaRules
{
    /// Field name to an Arabic message; empty when the text fields are acceptable.
    public static Dictionary<string, string> Validate(MediaInput input)
    {
        var errors = new Dictionary<string, string>();
        Check("alt", input.Alt, MediaItem.MaxAltLength, "النص البديل", errors);
        Check("caption", input.Caption, MediaItem.MaxCaptionLength, "التعليق", errors);
        Check("credit", input.Credit, MediaItem.MaxCreditLength, "حقوق الصورة", errors);
        return errors;
    }

    internal static string Clean(string? value) => ArabicText.CleanForDisplay(value ?? "");

    private static void Check(string field, string? value, int max, string label, Dictionary<string, string> errors)
    {
        if (Clean(value).Length > max)
        {
            errors[field] = $"{label} أطول من {max} حرف.";
        }
    }
}

/// Adds a photograph to the library: checks and re-encodes it (<see cref="Photographs"/>), then
/// stores the item and all its renditions in one transaction, so a URL in the answer is served
/// the moment the answer is sent, and a failure leaves nothing half-stored.
public sealed class UploadMedia(SahifaDb db, Photographs photographs, TimeProvider clock)
{
    public abstract record Outcome
    {
        public sealed record Invalid(Dictionary<string, string> Errors) : Outcome;

        public sealed record Refused(PhotoProblem Problem) : Outcome;

        /// `Created` is false when the same file was already in the library: that item answers.
        public sealed record Stored(int Id, bool Created) : Outcome;
    }

    public async Task<Outcome> UploadAsync(byte[] file, MediaInput input, ClaimsPrincipal? uploader, CancellationToken ct)
    {
        var errors = MediaRules.Validate(input);
        if (errors.Count > 0)
        {
            return new Outcome.Invalid(errors);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(file));
        if (await db.MediaItems.Where(m => m.OriginalHash == hash).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct) is { } existing)
        {
            return new Outcome.Stored(existing, Created: false);
        }

        return await photographs.ProcessAsync(file, ct) switch
        {
            ProcessedPhoto photo => await StoreAsync(photo, hash, input, uploader, ct),
            PhotoProblem problem => new Outcome.Refused(problem),
            var other => throw new InvalidOperationException($"unexpected outcome {other}"),
        };
    }

    private async Task<Outcome> StoreAsync(ProcessedPhoto photo, string hash, MediaInput input, ClaimsPrincipal? uploader, CancellationToken ct)
    {
        var item = new MediaItem
        {
            OriginalHash = hash,
            Width = photo.Width,
            Height = photo.Height,
            Alt = MediaRules.Clean(input.Alt),
            Caption = MediaRules.Clean(input.Caption) is { Length: > 0 } caption ? caption : MediaRules.Clean(photo.Caption),
            Credit = MediaRules.Clean(input.Credit) is { Length: > 0 } credit ? credit : MediaRules.Clean(photo.Credit),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedById = uploader?.FindFirstValue(ClaimTypes.NameIdentifier),
            UploadedByName = uploader?.FindFirstValue(ClaimTypes.Email) ?? uploader?.Identity?.Name,
        };

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.MediaItems.Add(item);
            // The item's id is part of its files' paths.
            await db.SaveChangesAsync(ct);
            foreach (var rendition in photo.Renditions)
            {
                item.Files.Add(new MediaFile
                {
                    Path = MediaUrls.File(item.Id, rendition.Width, Convert.ToHexStringLower(SHA256.HashData(rendition.Content))[..16], rendition.Extension),
                    Width = rendition.Width,
                    Height = rendition.Height,
                    ContentType = rendition.ContentType,
                    Length = rendition.Content.Length,
                    Content = rendition.Content,
                });
            }

            item.Renditions = RenditionView.Serialize(item.Files.Select(f => new RenditionView(f.Path, f.Width, f.Height, f.ContentType, f.Length)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Outcome.Stored(item.Id, Created: true);
        }
        catch (DbUpdateException)
        {
            // The same file uploaded twice at once: the other upload stored it first.
            db.ChangeTracker.Clear();
            var winner = await db.MediaItems.AsNoTracking().Where(m => m.OriginalHash == hash).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
            if (winner is not { } id)
            {
                throw;
            }

            return new Outcome.Stored(id, Created: false);
        }
    }
}
