namespace Sahifa.Arabic.Tests;

public class ArabicTextTests
{
    [Theory]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("السَّلامُ عَلَيْكُمْ", "السلام عليكم")]
    [InlineData("كِتَابٌ", "كتاب")]
    [InlineData("شُكْرًا", "شكرا")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("ٱلْكِتَٰبُ", "ٱلكتب")]
    [InlineData("لَا رَيْبَ ۛ فِيهِ", "لا ريب  فيه")]
    [InlineData("محمد\u0610", "محمد")]
    [InlineData("الــرَّقة", "الــرقة")]
    [InlineData("Café الرقة", "Café الرقة")]
    public void RemoveDiacritics_removes_marks_and_keeps_letters(string input, string expected) =>
        Assert.Equal(expected, ArabicText.RemoveDiacritics(input));

    [Theory]
    [InlineData("الأسد", "الأسد")]
    [InlineData("إدلب", "إدلب")]
    [InlineData("مُؤْتَمَر", "مؤتمر")]
    [InlineData("رَئِيس", "رئيس")]
    [InlineData("آذار", "آذار")]
    [InlineData("ا\u0654سد", "أسد")]
    [InlineData("ا\u0655دلب", "إدلب")]
    [InlineData("ا\u0653ذار", "آذار")]
    public void RemoveDiacritics_keeps_hamza_and_madda_even_when_typed_as_combining_marks(string input, string expected) =>
        Assert.Equal(expected, ArabicText.RemoveDiacritics(input));

    [Theory]
    [InlineData("الــرقة", "الرقة")]
    [InlineData("الحســـكة", "الحسكة")]
    [InlineData("جـمـيـل", "جميل")]
    [InlineData("1442 هـ", "1442 ه")]
    [InlineData("منبج", "منبج")]
    public void RemoveTatweel_joins_stretched_letters(string input, string expected) =>
        Assert.Equal(expected, ArabicText.RemoveTatweel(input));

    [Theory]
    [InlineData(0x200E)] // LEFT-TO-RIGHT MARK
    [InlineData(0x200F)] // RIGHT-TO-LEFT MARK
    [InlineData(0x061C)] // ARABIC LETTER MARK
    [InlineData(0x202A)] // LEFT-TO-RIGHT EMBEDDING
    [InlineData(0x202B)] // RIGHT-TO-LEFT EMBEDDING
    [InlineData(0x202C)] // POP DIRECTIONAL FORMATTING
    [InlineData(0x202D)] // LEFT-TO-RIGHT OVERRIDE
    [InlineData(0x202E)] // RIGHT-TO-LEFT OVERRIDE
    [InlineData(0x2066)] // LEFT-TO-RIGHT ISOLATE
    [InlineData(0x2067)] // RIGHT-TO-LEFT ISOLATE
    [InlineData(0x2068)] // FIRST STRONG ISOLATE
    [InlineData(0x2069)] // POP DIRECTIONAL ISOLATE
    [InlineData(0x200B)] // ZERO WIDTH SPACE
    [InlineData(0x200C)] // ZERO WIDTH NON-JOINER
    [InlineData(0x200D)] // ZERO WIDTH JOINER
    [InlineData(0x2060)] // WORD JOINER
    [InlineData(0xFEFF)] // ZERO WIDTH NO-BREAK SPACE (BOM)
    public void RemoveInvisibleControls_removes_each_bidi_and_zero_width_code_point(int codePoint)
    {
        var control = ((char)codePoint).ToString();

        Assert.Equal("عين عيسى", ArabicText.RemoveInvisibleControls(control + "عين" + control + " عيسى" + control));
    }

    [Theory]
    [InlineData("\u202Bالحسكة\u202C: وصول \u2066Reuters\u2069", "الحسكة: وصول Reuters")]
    [InlineData("\uFEFFخبر عاجل", "خبر عاجل")]
    [InlineData("تل\u00A0تمر", "تل\u00A0تمر")]
    [InlineData("مُحَمَّد الــرقة", "مُحَمَّد الــرقة")]
    public void RemoveInvisibleControls_leaves_visible_text_alone(string input, string expected) =>
        Assert.Equal(expected, ArabicText.RemoveInvisibleControls(input));

    [Theory]
    [InlineData("  محمد   الأحمد  ", "محمد الأحمد")]
    [InlineData("عين\tعيسى\r\nاليوم", "عين عيسى اليوم")]
    [InlineData("تل\u00A0تمر", "تل تمر")]
    [InlineData("\u200Fعين عيسى\u200E", "عين عيسى")]
    [InlineData("قسد \u200B تنفي", "قسد تنفي")]
    [InlineData("مُحَمَّد", "مُحَمَّد")]
    [InlineData("الــرقة", "الــرقة")]
    [InlineData("«الإدارة الذاتية» تعلن: فتح معبر سيمالكا؟", "«الإدارة الذاتية» تعلن: فتح معبر سيمالكا؟")]
    [InlineData("ا\u0654سد", "أسد")]
    [InlineData("خبر\u0000عاجل", "خبرعاجل")]
    [InlineData(" \u200F ", "")]
    public void CleanForDisplay_tidies_what_people_type_and_keeps_what_readers_see(string input, string expected) =>
        Assert.Equal(expected, ArabicText.CleanForDisplay(input));
}
