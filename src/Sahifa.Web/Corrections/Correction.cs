using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahifa.Web.Articles;

namespace Sahifa.Web.Corrections;

/// A public note on an article that the newsroom got something wrong, or added to it. Shown on
/// the article in a marked box, listed at /corrections, stated in structured data and the API.
public sealed class Correction
{
    public const int MaxTextLength = 2000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public CorrectionKind Kind { get; set; }

    /// The note readers read: what was wrong and what is right.
    public required string Text { get; set; }

    public DateTime PublishedAt { get; set; }

    /// The revision that fixed the text, shown to readers as "what changed"; marked public.
    public int? RevisionId { get; set; }

    public string? CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
}

// Stored as text. Correction and retraction are the serious kinds: they go above the article.
public enum CorrectionKind
{
    Correction,
    Clarification,
    Update,
    Retraction,
}

/// A reader's report of an error, waiting for an editor. The e-mail is for staff only.
public sealed class CorrectionRequest
{
    public const int MaxQuoteLength = 1000;
    public const int MaxDetailsLength = 4000;
    public const int MaxNoteLength = 2000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string EmailKey { get; set; }

    /// The passage the reader thinks is wrong, as they copied it; may be empty.
    public string Quote { get; set; } = "";

    public required string Details { get; set; }
    public DateTime CreatedAt { get; set; }
    public CorrectionRequestStatus Status { get; set; } = CorrectionRequestStatus.Open;

    /// Why it was declined (or anything else the desk wants to remember); never public.
    public string InternalNote { get; set; } = "";

    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedByName { get; set; }

    /// The correction published in answer, when accepted.
    public int? CorrectionId { get; set; }
}

public enum CorrectionRequestStatus
{
    Open,
    Accepted,
    Declined,
}

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>, IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<Correction> correction)
    {
        correction.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        correction.Property(c => c.Text).HasMaxLength(Correction.MaxTextLength);
        correction.Property(c => c.CreatedById).HasMaxLength(64);
        correction.Property(c => c.CreatedByName).HasMaxLength(256);
        correction.HasIndex(c => new { c.ArticleId, c.PublishedAt });
        // /corrections: newest first across the site.
        correction.HasIndex(c => c.PublishedAt);
        correction.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        correction.HasOne<ArticleRevision>().WithMany().HasForeignKey(c => c.RevisionId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<CorrectionRequest> request)
    {
        request.Property(r => r.Name).HasMaxLength(Readers.ReaderName.MaxLength);
        request.Property(r => r.Email).HasMaxLength(Readers.ReaderEmail.MaxLength);
        request.Property(r => r.EmailKey).HasMaxLength(Readers.ReaderEmail.MaxLength);
        request.Property(r => r.Quote).HasMaxLength(CorrectionRequest.MaxQuoteLength);
        request.Property(r => r.Details).HasMaxLength(CorrectionRequest.MaxDetailsLength);
        request.Property(r => r.InternalNote).HasMaxLength(CorrectionRequest.MaxNoteLength);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.ResolvedByName).HasMaxLength(256);
        request.HasIndex(r => new { r.Status, r.CreatedAt });
        request.HasIndex(r => new { r.ArticleId, r.EmailKey });
        request.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        request.HasOne<Correction>().WithMany().HasForeignKey(r => r.CorrectionId).OnDelete(DeleteBehavior.SetNull);
    }
}

public static class CorrectionKinds
{
    public static readonly IReadOnlyList<CorrectionKind> All = [CorrectionKind.Correction, CorrectionKind.Clarification, CorrectionKind.Update, CorrectionKind.Retraction];

    /// Corrections and retractions change what the article claims: readers see them first.
    public static bool IsSerious(CorrectionKind kind) => kind is CorrectionKind.Correction or CorrectionKind.Retraction;

    public static string Code(CorrectionKind kind) => kind switch
    {
        CorrectionKind.Correction => "correction",
        CorrectionKind.Clarification => "clarification",
        CorrectionKind.Update => "update",
        _ => "retraction",
    };

    public static string Label(CorrectionKind kind) => kind switch
    {
        CorrectionKind.Correction => "تصحيح",
        CorrectionKind.Clarification => "توضيح",
        CorrectionKind.Update => "تحديث",
        _ => "سحب",
    };

    public static bool TryParse(string? code, out CorrectionKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(Code(k), code, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
