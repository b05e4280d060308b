namespace Sahifa.Arabic.Tests;

public class SearchTextTests
{
    [Theory]
    // diacritics: harakat, tanween, shadda, sukun, superscript alef
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("الرَّقَّةُ", "الرقه")]
    [InlineData("شُكْرًا", "شكرا")]
    [InlineData("هٰذا", "هذا")]
    // tatweel
    [InlineData("الــرقة", "الرقه")]
    [InlineData("الحســـكة", "الحسكه")]
    // zero-width and bidi controls
    [InlineData("عين\u200Cعيسى", "عينعيسي")]
    [InlineData("\u202Bالحسكة\u202C", "الحسكه")]
    [InlineData("\u200Fدمشق\u200E", "دمشق")]
    [InlineData("\uFEFFحلب", "حلب")]
    public void Normalize_removes_diacritics_tatweel_and_invisible_controls(string word, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(word));

    [Theory]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۲۰۲۴", "2024")]
    [InlineData("2024", "2024")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("١٬٥٠٠", "1500")]
    [InlineData("1,500", "1500")]
    [InlineData("M٤", "m4")]
    public void Normalize_folds_eastern_and_persian_digits_and_keeps_numbers_whole(string word, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(word));

    [Theory]
    [InlineData("الأسد", "الاسد")]
    [InlineData("إدلب", "ادلب")]
    [InlineData("آذار", "اذار")]
    [InlineData("ٱلكتاب", "الكتاب")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("الرقة", "الرقه")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    [InlineData("ایران", "ايران")]
    [InlineData("کرکوک", "كركوك")]
    [InlineData("ﻻ", "لا")]
    // Kurdish keyboards: heh doachashmee and ae for ه and ة, oe for و, the Kurdish r and l.
    [InlineData("کۆبانی", "كوباني")]
    [InlineData("قامشلۆ", "قامشلو")]
    [InlineData("الرقە", "الرقه")]
    [InlineData("مھرجان", "مهرجان")]
    [InlineData("ڕۆژ", "روز")]
    public void Normalize_folds_letter_variants_readers_type_interchangeably(string word, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(word));

    [Theory]
    [InlineData("Reuters", "reuters")]
    [InlineData("Élysée", "elysee")]
    [InlineData("ＳＤＦ", "sdf")]
    [InlineData("Ba'ath", "baath")]
    [InlineData("São", "sao")]
    public void Normalize_lower_cases_latin_and_folds_its_accents(string word, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(word));

    [Theory]
    [InlineData("في")]
    [InlineData("إلى")]
    [InlineData("الى")]
    [InlineData("أن")]
    [InlineData("ان")]
    [InlineData("إنّ")]
    [InlineData("وفي")]
    [InlineData("الذي")]
    [InlineData("الّتي")]
    [InlineData("هذه")]
    public void Stop_words_are_recognised_however_hamza_and_marks_are_written(string word) =>
        Assert.True(SearchText.IsStopWord(SearchText.Normalize(word)));

    [Theory]
    [InlineData("على")] // folds to علي, the name Ali
    [InlineData("أم")] // mother, as in أم درمان
    [InlineData("اليوم")]
    [InlineData("وال")] // governor
    [InlineData("الرقة")]
    public void Words_readers_look_for_are_not_stop_words(string word) =>
        Assert.False(SearchText.IsStopWord(SearchText.Normalize(word)));

    [Theory]
    // the definite article with its proclitics
    [InlineData("الرقة", "رقه")]
    [InlineData("والرقة", "رقه")]
    [InlineData("بالرقة", "رقه")]
    [InlineData("للرقة", "رقه")]
    [InlineData("فالرقة", "رقه")]
    [InlineData("كالرقة", "رقه")]
    [InlineData("وبالرقة", "رقه")]
    [InlineData("وللرقة", "رقه")]
    [InlineData("الحسكة", "حسك")]
    [InlineData("بالحسكة", "حسك")]
    [InlineData("للقوات", "قوات")]
    // suffixes: plurals, duals, pronouns, the relative adjective, ta marbuta
    [InlineData("المعلمون", "معلم")]
    [InlineData("المعلمين", "معلم")]
    [InlineData("معلمات", "معلم")]
    [InlineData("الانتخابات", "انتخاب")]
    [InlineData("الانتخابية", "انتخاب")]
    [InlineData("مسؤولان", "مسوول")]
    [InlineData("بيتها", "بيت")]
    [InlineData("كتابهم", "كتاب")]
    [InlineData("حكومتنا", "حكوم")]
    [InlineData("حكومة", "حكوم")]
    [InlineData("الفلسطينيين", "فلسطين")]
    [InlineData("فلسطيني", "فلسطين")]
    [InlineData("السوريون", "سور")]
    [InlineData("سوري", "سور")]
    [InlineData("مستشفى", "مستشف")]
    [InlineData("المستشفيات", "مستشف")]
    public void Stem_strips_article_proclitics_and_suffixes(string word, string expected) =>
        Assert.Equal(expected, SearchText.Stem(SearchText.Normalize(word)));

    [Theory]
    // short roots: nothing may be taken from them
    [InlineData("بيت", "بيت")]
    [InlineData("علم", "علم")]
    [InlineData("كتاب", "كتاب")]
    [InlineData("بلد", "بلد")]
    [InlineData("ولد", "ولد")]
    [InlineData("قوات", "قوات")]
    [InlineData("بيان", "بيان")]
    [InlineData("البيت", "بيت")]
    // names that end like a plural or a dual but are not one
    [InlineData("لبنان", "لبنان")]
    [InlineData("إيران", "ايران")]
    [InlineData("السودان", "سودان")]
    [InlineData("فلسطين", "فلسطين")]
    [InlineData("البحرين", "بحرين")]
    [InlineData("قانون", "قانون")]
    [InlineData("باكستان", "باكستان")]
    [InlineData("الله", "الله")]
    // ال that belongs to the word: too little would remain
    [InlineData("الآن", "الان")]
    [InlineData("والد", "والد")]
    // Latin and numbers are not stemmed
    [InlineData("Reuters", "reuters")]
    [InlineData("٢٠٢٤", "2024")]
    public void Stem_does_not_mangle_short_roots_names_or_latin(string word, string expected) =>
        Assert.Equal(expected, SearchText.Stem(SearchText.Normalize(word)));

    [Theory]
    [InlineData("وزير", "وزير")]
    [InlineData("ووزير", "وزير")]
    [InlineData("الوزير", "وزير")]
    [InlineData("وبيت", "بيت")]
    [InlineData("فرنسا", "فرنسا")]
    [InlineData("وفرنسا", "فرنسا")]
    [InlineData("ببغداد", "بغداد")]
    [InlineData("وبغداد", "بغداد")]
    public void Stem_variants_meet_whether_a_leading_waw_or_ba_is_a_clitic_or_a_letter(string word, string meets)
    {
        var variants = SearchText.StemVariants(SearchText.Normalize(word));
        Assert.Contains(SearchText.Stem(meets), variants);
        Assert.Equal(SearchText.Stem(SearchText.Normalize(word)), variants[0]);
    }

    [Theory]
    [InlineData("بيت")]
    [InlineData("كتاب")]
    [InlineData("علم")]
    [InlineData("وطن")]
    [InlineData("الرقة")]
    public void Stem_variants_of_short_words_and_defined_nouns_are_the_stem_alone(string word) =>
        Assert.Single(SearchText.StemVariants(SearchText.Normalize(word)));

    [Fact]
    public void Words_keep_their_place_in_the_original_text_and_skip_stop_words()
    {
        const string text = "وصل «الرئيس» إلى الرقة، في ٣ آب.";

        var words = SearchText.Words(text);

        Assert.Equal(["وصل", "الرييس", "الرقه", "3", "اب"], words.Select(w => w.Exact));
        Assert.Equal("«الرئيس»".Trim('«', '»'), text.Substring(words[1].Start, words[1].Length));
        Assert.Equal("الرقة", text.Substring(words[2].Start, words[2].Length));
        Assert.Equal("٣", text.Substring(words[3].Start, words[3].Length));
        // إلى and في are gone but still counted, so a phrase cannot jump over them.
        Assert.Equal([0, 1, 3, 5, 6], words.Select(w => w.Position));
    }

    [Theory]
    [InlineData("M4", new[] { "m4" })]
    [InlineData("كوفيد-19", new[] { "كوفيد", "19" })]
    [InlineData("ارتفع 3.5% إلى 1,500 ليرة", new[] { "ارتفع", "3.5", "1500", "ليره" })]
    [InlineData("الــرقة", new[] { "الرقه" })]
    [InlineData("ـــ", new string[0])]
    [InlineData("🔴 عاجل", new[] { "عاجل" })]
    [InlineData("SDF وYPG", new[] { "sdf", "وypg" })]
    public void Words_split_on_punctuation_and_keep_numbers_whole(string text, string[] expected) =>
        Assert.Equal(expected, SearchText.Words(text).Select(w => w.Exact));

    [Theory]
    [InlineData("بـ٣١", "31")]
    [InlineData("و15", "15")]
    [InlineData("وب200", "200")]
    [InlineData("وYPG", "ypg")]
    [InlineData("بـCovid", "covid")]
    public void A_proclitic_written_onto_a_number_or_a_latin_name_also_reads_as_it(string word, string number) =>
        Assert.Contains(number, SearchText.StemVariants(SearchText.Normalize(word)));
}
