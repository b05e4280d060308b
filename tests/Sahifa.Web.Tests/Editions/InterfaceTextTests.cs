using System.Text.RegularExpressions;
using Sahifa.Web.Localisation;

namespace Sahifa.Web.Tests.Editions;

public partial class InterfaceTextTests
{
    private static readonly InterfaceText Text = new();

    [Theory]
    [InlineData("en")]
    [InlineData("ckb")]
    [InlineData("kmr")]
    public void Every_language_has_every_string_with_the_same_placeholders(string language)
    {
        var arabic = Text.Table("ar");
        var other = Text.Table(language);

        Assert.Equal(arabic.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in arabic)
        {
            Assert.True(other[key].Trim().Length > 0, $"{language}: {key} is empty");
            // Counts are forms, not sentences: Arabic's five place the number themselves.
            if (key.StartsWith("Count.", StringComparison.Ordinal))
            {
                Assert.Equal(5, value.Split('|').Length);
                Assert.Equal(3, other[key].Split('|').Length);
                Assert.Contains("{0}", other[key].Split('|')[^1], StringComparison.Ordinal);
            }
            else
            {
                Assert.True(Placeholders(value).SequenceEqual(Placeholders(other[key])), $"{language}: {key} has other placeholders than the Arabic");
            }
        }
    }

    [Fact]
    public void Translations_are_not_the_Arabic_copied()
    {
        // Strings that may rightly be the same in every language (punctuation, a separator).
        var same = Text.Table("ar").Where(kv => kv.Value.Any(char.IsLetter)).ToList();
        foreach (var language in new[] { "en", "ckb", "kmr" })
        {
            var copied = same.Where(kv => Text.Table(language)[kv.Key] == kv.Value).Select(kv => kv.Key).ToList();
            Assert.True(copied.Count == 0, $"{language} copies the Arabic of {string.Join(", ", copied)}");
        }
    }

    [Fact]
    public void Latin_script_editions_carry_no_Arabic_letters_and_Sorani_uses_Kurdish_letters()
    {
        foreach (var language in new[] { "en", "kmr" })
        {
            Assert.DoesNotContain(Text.Table(language), kv => ArabicLetter().IsMatch(kv.Value) && !kv.Key.StartsWith("Search.TooCommon", StringComparison.Ordinal));
        }

        // Kurdish writes ی and ک; the Arabic ي and ك belong to Arabic words only.
        Assert.DoesNotContain(Text.Table("ckb"), kv => kv.Value.Contains('ي', StringComparison.Ordinal) && !kv.Key.StartsWith("Search.TooCommon", StringComparison.Ordinal));
    }

    [Fact]
    public void Public_pages_take_their_words_from_the_interface_text()
    {
        // Every reader-facing view, minus Razor comments: an Arabic letter left in one would
        // show on the English and Kurmanji pages too.
        var web = Path.Combine(RepositoryRoot(), "src", "Sahifa.Web");
        string[] folders = ["Articles", "Authors", "Comments", "Corrections", "Front", "Hosting", "Search", "Sections", "Shared", "Sources", "Tags"];
        var views = folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(web, f), "*.cshtml")).ToList();
        Assert.NotEmpty(views);
        foreach (var view in views)
        {
            var markup = RazorComment().Replace(File.ReadAllText(view), "");
            Assert.False(ArabicLetter().IsMatch(markup), $"{Path.GetFileName(view)} has Arabic text of its own: {ArabicLetter().Match(markup).Value}");
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Regex.Matches(text, @"\{[0-9]+\}").Select(m => m.Value).Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sahifa.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository");
    }

    [GeneratedRegex(@"\p{IsArabic}+")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();
}
