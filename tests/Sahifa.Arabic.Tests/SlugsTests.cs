namespace Sahifa.Arabic.Tests;

public class SlugsTests
{
    [Theory]
    [InlineData("«الإدارة الذاتية» تعلن فتح معبر سيمالكا أمام الطلاب", "الإدارة-الذاتية-تعلن-فتح-معبر-سيمالكا-أمام-الطلاب")]
    [InlineData("انقطاع طريق M4 بين تل تمر وعين عيسى", "انقطاع-طريق-m4-بين-تل-تمر-وعين-عيسى")]
    [InlineData("الــرقة: ٣ مدارس جديدة؟", "الرقة-3-مدارس-جديدة")]
    [InlineData("Reuters: Café prices", "reuters-cafe-prices")]
    [InlineData("مُحَمَّد يَعُود إلى حَلَب", "محمد-يعود-إلى-حلب")]
    [InlineData("\u202Bالحسكة\u202C: وصول \u2066Reuters\u2069", "الحسكة-وصول-reuters")]
    [InlineData("\u200Fالقامشلي\u200E اليوم\u200B", "القامشلي-اليوم")]
    [InlineData("۱۵ آذار في ذاكرة السوريين", "15-آذار-في-ذاكرة-السوريين")]
    [InlineData("“قسد” تنفي: «لا اشتباكات» في دير الزور!", "قسد-تنفي-لا-اشتباكات-في-دير-الزور")]
    [InlineData("دمشق، حلب؛ حمص... (تحديث)", "دمشق-حلب-حمص-تحديث")]
    [InlineData("كوفيد-19 في إدلب", "كوفيد-19-في-إدلب")]
    [InlineData("ارتفاع الأسعار ٥٠٪ في القامشلي", "ارتفاع-الأسعار-50-في-القامشلي")]
    [InlineData("الاسد والأسد وإدلب والمؤتمر ورئيس", "الاسد-والأسد-وإدلب-والمؤتمر-ورئيس")]
    [InlineData("مستشفى الرقة الوطني", "مستشفى-الرقة-الوطني")]
    [InlineData("SDF و YPG في منبج", "sdf-و-ypg-في-منبج")]
    [InlineData("Ba'ath party’s Élysée talks", "baath-partys-elysee-talks")]
    [InlineData("ﻻ تراجع", "لا-تراجع")]
    [InlineData("🔴 عاجل | الحسكة", "عاجل-الحسكة")]
    [InlineData("عنوان\nفرعي\tهنا", "عنوان-فرعي-هنا")]
    [InlineData("  - الرقة -  ", "الرقة")]
    public void FromHeadline_makes_readable_hyphenated_words(string headline, string expected) =>
        Assert.Equal(expected, Slugs.FromHeadline(headline));

    [Theory]
    [InlineData("Şer li Qamişloyê: 3 kes birîndar bûn", "ser-li-qamisloye-3-kes-birindar-bun")]
    [InlineData("Çiyayê Kurmênc û Efrîn", "ciyaye-kurmenc-u-efrin")]
    [InlineData("Qamishli bridge «جسر» reopens", "qamishli-bridge-reopens")]
    [InlineData("Dîyarbekir'ê ٢٠٢٦", "diyarbekire-2026")]
    [InlineData("جسر", "article")]
    public void FromHeadline_in_Latin_only_keeps_plain_a_to_z(string headline, string expected) =>
        Assert.Equal(expected, Slugs.FromHeadline(headline, latinOnly: true));

    [Fact]
    public void FromHeadline_keeps_Sorani_letters_as_written() =>
        Assert.Equal("پردی-قامیشلۆ-دوای-نۆژەنکردنەوە-کرایەوە", Slugs.FromHeadline("پردی قامیشلۆ دوای نۆژەنکردنەوە کرایەوە"));

    [Theory]
    [InlineData("؟!")]
    [InlineData("«»")]
    [InlineData("...")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200F\u200E\u2066\u2069")]
    [InlineData("ـــ")]
    [InlineData("🔴🔴")]
    [InlineData("ًٌٍَُِّْ")]
    public void FromHeadline_falls_back_when_nothing_readable_is_left(string headline) =>
        Assert.Equal("article", Slugs.FromHeadline(headline));

    [Fact]
    public void FromHeadline_returns_the_given_fallback() =>
        Assert.Equal("news", Slugs.FromHeadline("؟", fallback: "news"));

    private const string LongHeadline =
        "الإدارة الذاتية تعلن فتح معبر سيمالكا أمام الطلاب الجامعيين المتوجهين إلى إقليم كردستان العراق "
        + "لاستكمال دراستهم في جامعات أربيل ودهوك والسليمانية";

    [Theory]
    [InlineData(LongHeadline, 80, "الإدارة-الذاتية-تعلن-فتح-معبر-سيمالكا-أمام-الطلاب-الجامعيين-المتوجهين-إلى-إقليم")]
    [InlineData(LongHeadline, 40, "الإدارة-الذاتية-تعلن-فتح-معبر-سيمالكا")]
    [InlineData(LongHeadline, 20, "الإدارة-الذاتية-تعلن")]
    [InlineData(LongHeadline, 19, "الإدارة-الذاتية")]
    [InlineData("تل تمر", 6, "تل-تمر")]
    [InlineData("تل تمر", 5, "تل")]
    public void FromHeadline_cuts_long_headlines_at_a_word_boundary(string headline, int maxLength, string expected)
    {
        var slug = Slugs.FromHeadline(headline, maxLength);

        Assert.Equal(expected, slug);
        Assert.True(slug.Length <= maxLength);
    }

    [Theory]
    [InlineData("الاستراتيجيات الجديدة", 5, "الاست")]
    [InlineData("Internationalisation", 5, "inter")]
    // U+10900 and up are Phoenician letters, two UTF-16 code units each: never split one.
    [InlineData("\U00010900\U00010901", 3, "\U00010900")]
    [InlineData("\U00010900", 1, "\U00010900")]
    public void FromHeadline_cuts_inside_the_first_word_only_when_it_alone_is_too_long(
        string headline, int maxLength, string expected) =>
        Assert.Equal(expected, Slugs.FromHeadline(headline, maxLength));

    [Fact]
    public void FromHeadline_rejects_a_cap_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Slugs.FromHeadline("الرقة", 0));

    [Theory]
    [InlineData("الرقة", "الرقة")]
    [InlineData("الرقة", "الرقة-2", "الرقة")]
    [InlineData("الرقة", "الرقة-4", "الرقة", "الرقة-2", "الرقة-3")]
    [InlineData("الرقة", "الرقة-2", "الرقة", "الرقة-3")]
    [InlineData("m4", "m4-2", "m4", "m4-3")]
    [InlineData("article", "article-2", "article")]
    public void MakeUnique_adds_the_first_free_number(string slug, string expected, params string[] taken) =>
        Assert.Equal(expected, Slugs.MakeUnique(slug, s => taken.Contains(s, StringComparer.Ordinal)));

    [Theory]
    // 15 characters: "-2" only fits once "عيسى" is dropped.
    [InlineData("تل-تمر-عين-عيسى", 16, 1, "تل-تمر-عين-2")]
    [InlineData("تل-تمر-عين-عيسى", 17, 1, "تل-تمر-عين-عيسى-2")]
    // Nine numbers taken, so the suffix is "-10", one character longer.
    [InlineData("تل-تمر-عين-عيسى", 17, 9, "تل-تمر-عين-10")]
    [InlineData("سيمالكا", 7, 1, "سيمال-2")]
    public void MakeUnique_keeps_the_suffixed_slug_within_the_cap(string slug, int maxLength, int takenCount, string expected)
    {
        // The slug itself plus its first takenCount - 1 numbered forms, whatever they look like.
        var calls = 0;

        var unique = Slugs.MakeUnique(slug, _ => ++calls <= takenCount, maxLength);

        Assert.Equal(expected, unique);
        Assert.True(unique.Length <= maxLength);
    }

    [Fact]
    public void MakeUnique_asks_about_each_candidate_once_in_order()
    {
        var asked = new List<string>();

        Slugs.MakeUnique("منبج", s =>
        {
            asked.Add(s);
            return asked.Count < 3;
        });

        Assert.Equal(["منبج", "منبج-2", "منبج-3"], asked);
    }

    [Theory]
    [InlineData("الرقة-3", "%D8%A7%D9%84%D8%B1%D9%82%D8%A9-3")]
    [InlineData("reuters-cafe-prices", "reuters-cafe-prices")]
    [InlineData("m4", "m4")]
    public void ToUrlSegment_percent_encodes_utf8(string slug, string expected)
    {
        var segment = Slugs.ToUrlSegment(slug);

        Assert.Equal(expected, segment);
        Assert.Equal(slug, Uri.UnescapeDataString(segment));
    }
}
