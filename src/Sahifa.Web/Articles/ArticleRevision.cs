using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
