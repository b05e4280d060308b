using Sahifa.Web.Readers;

namespace Sahifa.Web.Tests.Readers;

/// The pure rules both readers' forms share; the forms' own tests (Comments/, Corrections/) show
/// them at work through the pipeline.
public sealed class ReaderRulesTests
{
    [Theory]
    [InlineData("لا روابط هنا", 0)]
    [InlineData("انظر https://example.org و http://example.net", 2)]
    [InlineData("انظر www.example.org", 1)]
    // "https://www.x" is one link, not two.
    [InlineData("انظر https://www.example.org", 1)]
    [InlineData("HTTPS://EXAMPLE.ORG WWW.EXAMPLE.NET", 2)]
    public void Links_are_counted_as_a_reader_sees_them(string text, int links) =>
        Assert.Equal(links, ReaderLinks.Count(text));

    [Theory]
    [InlineData("layla@example.org", true)]
    [InlineData("layla@example", false)]
    [InlineData("@example.org", false)]
    [InlineData("layla@@example.org", false)]
    [InlineData("layla @example.org", false)]
    [InlineData("layla@example.org.", false)]
    [InlineData("ليلى@مثال.مصر", true)]
    public void An_email_must_look_like_one(string email, bool plausible) =>
        Assert.Equal(plausible, ReaderEmail.LooksLikeEmail(email));

    [Fact]
    public void An_email_longer_than_its_column_is_refused() =>
        Assert.False(ReaderEmail.LooksLikeEmail(new string('a', ReaderEmail.MaxLength - "@example.org".Length + 1) + "@example.org"));

    [Theory]
    [InlineData(" Layla@Example.ORG ", "layla@example.org")]
    // Invariant lower-casing: under tr-TR "I" would become a dotless ı.
    [InlineData("IBRAHIM@EXAMPLE.ORG", "ibrahim@example.org")]
    public void The_email_key_is_trimmed_and_lower_cased_in_the_invariant_culture(string email, string key) =>
        Assert.Equal(key, ReaderEmail.Key(email));

    [Theory]
    [InlineData("ليلى", null)]
    [InlineData("", "اكتب اسمك.")]
    [InlineData("...", "اكتب اسمك.")]
    // Only a bidi override: nothing left once it is removed.
    [InlineData("\u202E", "اكتب اسمك.")]
    public void A_name_needs_letters(string name, string? message)
    {
        var errors = new Dictionary<string, string>();
        ReaderName.Check(name, errors);
        Assert.Equal(message, errors.GetValueOrDefault("name"));
    }

    [Fact]
    public void A_name_longer_than_its_column_is_refused()
    {
        var errors = new Dictionary<string, string>();
        ReaderName.Check(new string('س', ReaderName.MaxLength + 1), errors);
        Assert.Equal($"الاسم أطول من {ReaderName.MaxLength} حرفًا.", errors["name"]);
    }
}
