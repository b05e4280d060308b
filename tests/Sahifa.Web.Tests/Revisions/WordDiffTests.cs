using Sahifa.Web.Revisions;

namespace Sahifa.Web.Tests.Revisions;

public sealed class WordDiffTests
{
    [Theory]
    [InlineData("قُتل ثلاثة مدنيين في الرقة.", "قُتل خمسة مدنيين في الرقة.", "قُتل <del>ثلاثة</del><ins>خمسة</ins> مدنيين في الرقة.", 1, 1)]
    [InlineData("قال المسؤول، إن الطريق مغلق", "قال المسؤول إن الطريق مغلق", "قال المسؤول<del>، </del><ins> </ins>إن الطريق مغلق", 0, 0)]
    [InlineData("وصل الوفد إلى القامشلي", "وصل الوفد إلى القامشلي صباح الأحد", "وصل الوفد إلى القامشلي<ins> صباح الأحد</ins>", 2, 0)]
    [InlineData("أعلنت قسد عن عملية", "أعلنت قسد عن عملية", "أعلنت قسد عن عملية", 0, 0)]
    [InlineData("the <b> tag", "the <i> tag", "the <del>&lt;b&gt;</del><ins>&lt;i&gt;</ins> tag", 1, 1)]
    public void Marks_the_words_that_changed_and_keeps_the_rest(string before, string after, string html, int added, int removed)
    {
        var comparison = WordDiff.Compare(before, after);
        using var writer = new StringWriter();
        comparison.Html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal(html, writer.ToString());
        Assert.Equal(added, comparison.WordsAdded);
        Assert.Equal(removed, comparison.WordsRemoved);
    }
}
