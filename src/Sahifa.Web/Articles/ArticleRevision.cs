using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahifa.Web.Audit;

namespace Sahifa.Web.Articles;

/// The article as one save left it. Every save adds one, so the history can show who changed
/// what, word by word, and any revision can be restored.
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }

    /// 1 for the first save, then counting up within the article.
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";

    public required string Headline { get; set; }
    public string Standfirst { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public ArticleStatus Status { get; set; }

    /// Every field of the save (byline, section, sources, tags, dates) as the API's JSON input,
    /// so a restore puts back the whole article, not just its text.
    public string Snapshot { get; set; } = "{}";

    /// A substantive change the editor chose to show readers in the public "what changed" view.
    public bool IsPublic { get; set; }

    /// The editor's note on this save ("corrected the casualty figure"), shown in the history.
    public string Note { get; set; } = "";

    public const int MaxNoteLength = 500;

    /// The revision a save adds, the newsroom's or the importer's: the article as it now is,
    /// and the input it was saved from, with the state and time the save settled on.
    public static ArticleRevision Of(Article article, ArticleInput input, StaffActor author, DateTime now, string note = "", bool isPublic = false)
    {
        var trimmed = note.Trim();
        var snapshot = input with
        {
            Status = ArticleStates.Code(article.Status),
            PublishedAt = article.PublishedAt is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null,
        };
        return new ArticleRevision
        {
            Number = article.Version,
            CreatedAt = now,
            AuthorId = author.Id,
            AuthorName = author.Name,
            Headline = article.Headline,
            Standfirst = article.Standfirst,
            BodyMarkdown = article.BodyMarkdown,
            Status = article.Status,
            Snapshot = JsonSerializer.Serialize(snapshot, SaveArticle.SnapshotJson),
            Note = trimmed.Length > MaxNoteLength ? trimmed[..MaxNoteLength] : trimmed,
            IsPublic = isPublic,
        };
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.Headline).HasMaxLength(ArticleRules.MaxHeadlineLength);
        revision.Property(r => r.Standfirst).HasMaxLength(ArticleRules.MaxStandfirstLength);
        revision.Property(r => r.AuthorId).HasMaxLength(64);
        revision.Property(r => r.AuthorName).HasMaxLength(256);
        revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.Note).HasMaxLength(500);
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne<Article>().WithMany(a => a.Revisions).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
