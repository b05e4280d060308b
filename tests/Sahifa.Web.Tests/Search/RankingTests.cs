namespace Sahifa.Web.Tests.Search;

/// How a query of several words orders what it finds, on a real index with Sahifa's analyzer,
/// document fields and query (issue 15's "rank, don't filter").
public sealed class RankingTests
{
    private const string Filler = "وقال مصدر في المجلس المحلي إن الأهالي ينتظرون حلًا منذ أسابيع وإن الورشات تعمل على مدار الساعة رغم نقص المعدات وقلة الوقود في المنطقة. ";

    private static List<int> Found(string query, params JudgedStory[] stories)
    {
        using var system = new SahifaSystem(stories);
        return [.. system.Search(query, 10)];
    }

    [Fact]
    public void All_the_words_together_come_first_then_all_of_them_apart_then_most_of_them_then_any()
    {
        var found = Found("انقطاع المياه في الحسكة",
            new(1, "بيان البلدية", Filler + "أعلنت المؤسسة انقطاع المياه عن الحسكة يومين. " + Filler),
            new(2, "بيان المؤسسة", "في الحسكة " + Filler + Filler + "يستمر الانقطاع " + Filler + "وتعود المياه غدًا."),
            new(3, "بيان الورشات", Filler + "أعلنت المؤسسة انقطاع المياه عن القامشلي يومين. " + Filler),
            new(4, "بيان آخر", Filler + "افتتاح مدرسة في الحسكة. " + Filler),
            new(5, "خبر لا علاقة له", Filler + Filler));

        // A story with one of the words comes last, and only because so few have more.
        Assert.Equal([1, 2, 3, 4], found);
    }

    [Fact]
    public void Words_a_reader_adds_that_a_story_lacks_do_not_lose_the_story()
    {
        var found = Found("ما هي أسعار الخبز اليوم في الرقة بعد القرار",
            new(1, "ارتفاع أسعار الخبز في الرقة", "رفعت الإدارة سعر ربطة الخبز في الرقة إلى ألفي ليرة."),
            new(2, "مهرجان في الرقة", "افتتح مهرجان للكتاب في الرقة."));

        Assert.Equal(1, found[0]);
    }

    [Fact]
    public void A_quoted_phrase_stays_strict()
    {
        var found = Found("\"سد تشرين\"",
            new(1, "أضرار في سد تشرين", "تعرض سد تشرين لقصف."),
            new(2, "بيان عن السد", "قال مدير السد إن الأول من تشرين موعد الصيانة."));

        Assert.Equal([1], found);
    }

    [Fact]
    public void The_headline_counts_above_the_body()
    {
        var found = Found("المازوت",
            new(1, "بيان الإدارة", Filler + "ووزعت الإدارة المازوت على الأفران. " + Filler),
            new(2, "توزيع المازوت على الأفران", Filler + "ووزعت الإدارة الوقود على الأفران. " + Filler));

        Assert.Equal([2, 1], found);
    }

    [Fact]
    public void A_day_and_month_finds_the_other_month_naming_and_the_written_out_ordinal()
    {
        var stories = new JudgedStory[]
        {
            new(1, "قصف على عين عيسى", "تعرضت عين عيسى لقصف في السادس من فبراير."),
            new(2, "قصف على تل تمر", "تعرضت تل تمر لقصف في ٦ شباط ٢٠٢٤."),
            new(3, "قصف على الدرباسية", "تعرضت الدرباسية لقصف في 16 شباط."),
        };

        Assert.Equal([1, 2], Found("قصف 6 شباط", stories).Order().Take(2));
        Assert.DoesNotContain(3, Found("6 فبراير", stories));
    }

    [Fact]
    public void A_latin_abbreviation_finds_the_arabic_name_from_the_regions_list()
    {
        var found = Found("UNICEF مدارس",
            new(1, "يونيسف تدعم مدارس الرقة", "قدمت منظمة يونيسف حقائب مدرسية لمدارس الرقة."),
            new(2, "مدارس الحسكة تفتح أبوابها", "عادت المدارس إلى العمل في الحسكة."));

        Assert.Equal(1, found[0]);
    }

    [Fact]
    public void A_typo_in_a_short_word_typed_with_its_article_is_corrected_through_the_stories_words()
    {
        var found = Found("حرائق القمخ",
            new(1, "حرائق في سوق الهال", "تكررت الحرائق في سوق الهال، وهي ثالث حرائق هذا الشهر."),
            new(2, "حريق يلتهم حقول القمح", "التهم حريق مئات الدونمات من القمح في ريف الحسكة."));

        Assert.Equal([2, 1], found);
    }
}
