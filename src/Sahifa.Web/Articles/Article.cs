using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahifa.Web.Authors;
using Sahifa.Web.Editions;
using Sahifa.Web.Sections;
using Sahifa.Web.Sources;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Articles;

public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }
    public string Standfirst { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public TypeOfWork TypeOfWork { get; set; } = TypeOfWork.News;
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;
    public bool IsBreaking { get; set; }

    // Readers may comment unless an editor closed the thread (or the site closes it after N days).
    public bool CommentsClosed { get; set; }

    // Raised by every save; a save that read an older value is refused, so two editors working
    // on the same story cannot silently overwrite each other.
    public int Version { get; set; }

    // Who owns the draft (writers edit only their own) and who last touched the article, for
    // the newsroom's list. Kept as text too, so the list still reads after an account is removed.
    public string? CreatedById { get; set; }
    public string? LastEditedById { get; set; }
    public string? LastEditedByName { get; set; }

    // A desk byline ("قسم الأخبار") when no named author signs the piece.
    public string? DeskName { get; set; }

    // The edition (language) the article is written for, and the article it translates: a
    // translation group is an original and every article whose TranslationOfId names it.
    public string Edition { get; set; } = Editions.Edition.Arabic;
    public int? TranslationOfId { get; set; }

    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;

    // The lead photograph, from the library; the article may word its alt text, caption and
    // credit for this story (null: the library's).
    public int? LeadImageId { get; set; }
    public Media.MediaItem? LeadImage { get; set; }
    public string? LeadImageAlt { get; set; }
    public string? LeadImageCaption { get; set; }
    public string? LeadImageCredit { get; set; }

    // All instants are UTC. DateTime rather than DateTimeOffset because SQLite cannot order or
    // compare DateTimeOffset columns, and the queries must stay provider-neutral.
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ArticleAuthor> Authors { get; set; } = [];
    public List<ArticleSource> Sources { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];
    public List<ArticleRevision> Revisions { get; set; } = [];
}

// Stored as text, so a new state needs no migration. Scheduled waits for its PublishedAt and is
// turned into Published by the scheduler; Unpublished was public once and now answers 410 Gone.
public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Unpublished,
}

public enum TypeOfWork
{
    News,
    Analysis,
    Opinion,
    Interview,
    FactCheck,
}

// Join rows carry a position so a byline, sources line and tag list keep the editor's order.
public sealed class ArticleAuthor
{
    public int ArticleId { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public int Position { get; set; }
}

public sealed class ArticleSource
{
    public int ArticleId { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public int Position { get; set; }
}

public sealed class ArticleTag
{
    public int ArticleId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public int Position { get; set; }
}

internal sealed class ArticleConfiguration :
    IEntityTypeConfiguration<Article>,
    IEntityTypeConfiguration<ArticleAuthor>,
    IEntityTypeConfiguration<ArticleSource>,
    IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Slug).HasMaxLength(ArticleRules.MaxSlugLength);
        article.Property(a => a.Headline).HasMaxLength(ArticleRules.MaxHeadlineLength);
        article.Property(a => a.Standfirst).HasMaxLength(ArticleRules.MaxStandfirstLength);
        article.Property(a => a.DeskName).HasMaxLength(ArticleRules.MaxNameLength);
        article.Property(a => a.TypeOfWork).HasConversion<string>().HasMaxLength(20);
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        article.Property(a => a.Version).IsConcurrencyToken();
        article.Property(a => a.CreatedById).HasMaxLength(64);
        article.Property(a => a.LastEditedById).HasMaxLength(64);
        article.Property(a => a.LastEditedByName).HasMaxLength(256);
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Edition).HasMaxLength(EditionColumn.MaxLength);
        article.HasIndex(a => new { a.Edition, a.Status, a.PublishedAt });
        article.HasIndex(a => a.TranslationOfId);
        // An original is not deleted while translations name it; unpublishing is how it goes.
        article.HasOne<Article>().WithMany().HasForeignKey(a => a.TranslationOfId).OnDelete(DeleteBehavior.Restrict);
        // The newsroom's list: by state, most recently touched first.
        article.HasIndex(a => new { a.Status, a.UpdatedAt });
        // The public lists all ask "published, newest first", often within a section.
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        article.HasIndex(a => new { a.SectionId, a.Status, a.PublishedAt });
        article.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        article.Property(a => a.LeadImageAlt).HasMaxLength(Media.MediaItem.MaxAltLength);
        article.Property(a => a.LeadImageCaption).HasMaxLength(Media.MediaItem.MaxCaptionLength);
        article.Property(a => a.LeadImageCredit).HasMaxLength(Media.MediaItem.MaxCreditLength);
        // A photograph an article leads with stays in the library as long as the article does.
        article.HasOne(a => a.LeadImage).WithMany().HasForeignKey(a => a.LeadImageId).OnDelete(DeleteBehavior.Restrict);
        article.HasMany(a => a.Authors).WithOne().HasForeignKey(x => x.ArticleId);
        article.HasMany(a => a.Sources).WithOne().HasForeignKey(x => x.ArticleId);
        article.HasMany(a => a.Tags).WithOne().HasForeignKey(x => x.ArticleId);
    }

    public void Configure(EntityTypeBuilder<ArticleAuthor> join)
    {
        join.HasKey(x => new { x.ArticleId, x.AuthorId });
        join.HasIndex(x => x.AuthorId);
        join.HasOne(x => x.Author).WithMany().HasForeignKey(x => x.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ArticleSource> join)
    {
        join.HasKey(x => new { x.ArticleId, x.SourceId });
        join.HasIndex(x => x.SourceId);
        join.HasOne(x => x.Source).WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ArticleTag> join)
    {
        join.HasKey(x => new { x.ArticleId, x.TagId });
        join.HasIndex(x => x.TagId);
        join.HasOne(x => x.Tag).WithMany().HasForeignKey(x => x.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}
