using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahifa.Web.Articles;
using Sahifa.Web.Readers;

namespace Sahifa.Web.Comments;

/// A reader's comment on an article. It waits for an editor unless its writer was approved before
/// and the site trusts returning commenters. The e-mail is for staff only: no page, feed or public
/// API ever reads it.
public sealed class Comment
{
    public const int MaxNameLength = ReaderName.MaxLength;
    public const int MaxEmailLength = ReaderEmail.MaxLength;

    // The column's size; the configurable cap (CommentOptions.MaxBodyLength) may only be smaller.
    public const int BodyColumnLength = 10_000;

    public int Id { get; set; }
    public int ArticleId { get; set; }

    /// The comment this one answers, or null for a new thread.
    public int? ParentId { get; set; }

    /// 0 for a new thread, 1 for a reply, and so on up to CommentOptions.MaxDepth - 1.
    public int Depth { get; set; }

    public required string AuthorName { get; set; }
    public required string Email { get; set; }

    /// The e-mail trimmed and lower-cased, so "Layla@Example.org " is recognised as a returning
    /// commenter and as the writer of a duplicate.
    public required string EmailKey { get; set; }

    public required string Body { get; set; }
    public CommentStatus Status { get; set; } = CommentStatus.Pending;
    public DateTime CreatedAt { get; set; }
    public DateTime? ModeratedAt { get; set; }
    public string? ModeratedByName { get; set; }
}

// Stored as text, so a new state needs no migration.
public enum CommentStatus
{
    Pending,
    Approved,
    Spam,
    Trash,
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(Comment.MaxNameLength);
        comment.Property(c => c.Email).HasMaxLength(Comment.MaxEmailLength);
        comment.Property(c => c.EmailKey).HasMaxLength(Comment.MaxEmailLength);
        comment.Property(c => c.Body).HasMaxLength(Comment.BodyColumnLength);
        comment.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        comment.Property(c => c.ModeratedByName).HasMaxLength(256);
        // The article page: its approved comments in order.
        comment.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        // The moderation queue: by state, newest first.
        comment.HasIndex(c => new { c.Status, c.CreatedAt });
        // Returning commenters and duplicates are found by e-mail.
        comment.HasIndex(c => new { c.EmailKey, c.Status });
        comment.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // No action rather than restrict: deleting an article removes its whole thread in one
        // statement, replies and parents together, and the check runs at the statement's end.
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.NoAction);
    }
}
