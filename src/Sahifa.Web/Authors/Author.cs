using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahifa.Web.Authors;

/// A named byline. Staff accounts may link to one later; a byline does not need an account.
public sealed class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    // Each edition has its own; a slug is unique within one.
    public string Edition { get; set; } = Editions.Edition.Arabic;
    public string? Bio { get; set; }
}

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.Property(a => a.Name).HasMaxLength(200);
        author.Property(a => a.Slug).HasMaxLength(200);
        author.Property(a => a.Bio).HasMaxLength(1000);
        author.Property(a => a.Edition).HasMaxLength(Editions.EditionColumn.MaxLength);
        author.HasIndex(a => new { a.Edition, a.Slug }).IsUnique();
    }
}
