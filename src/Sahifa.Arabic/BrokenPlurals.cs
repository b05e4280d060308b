namespace Sahifa.Arabic;

/// <summary>
/// Singulars and their broken plurals in the words news copy uses most (سوق and أسواق, طفل and
/// أطفال, مدرسة and مدارس). A light stemmer cannot meet them: the plural is another pattern of the
/// root, not the singular with an ending. Search offers a reader's word with its other number.
/// </summary>
/// <remarks>
/// Only nouns whose plural is not also a common word of another meaning: كتب (books, or he wrote)
/// and فرق (teams, or a difference) are left out, since offering them would find the other word.
/// </remarks>
public static class BrokenPlurals
{
    // Each line a singular and its plurals, as written.
    private static readonly string[] Groups =
    [
        "سوق أسواق", "طفل أطفال", "مدرسة مدارس", "شارع شوارع", "حقل حقول", "سعر أسعار", "جسر جسور",
        "قرية قرى", "مدينة مدن", "بلد بلدان", "دولة دول", "شهر أشهر شهور", "يوم أيام", "طريق طرق", "بيت بيوت",
        "منزل منازل", "مبنى مباني", "مسجد مساجد", "كنيسة كنائس", "مخبز مخابز", "فرن أفران", "مصنع مصانع",
        "مكتب مكاتب", "مركز مراكز", "مشروع مشاريع", "مزرعة مزارع", "عامل عمال", "طالب طلاب", "طبيب أطباء",
        "مريض مرضى", "جريح جرحى", "قتيل قتلى", "أسير أسرى", "شاب شباب", "رجل رجال", "امرأة نساء", "ولد أولاد",
        "قبيلة قبائل", "عشيرة عشائر", "شيخ شيوخ", "زعيم زعماء", "رئيس رؤساء", "وزير وزراء", "عضو أعضاء",
        "نائب نواب", "قائد قادة", "جندي جنود", "ضابط ضباط", "عنصر عناصر", "فصيل فصائل", "حزب أحزاب", "جيش جيوش",
        "سلاح أسلحة", "صاروخ صواريخ", "قذيفة قذائف", "لغم ألغام", "سجن سجون", "سجين سجناء", "حاجز حواجز",
        "معبر معابر", "نهر أنهار", "بئر آبار", "سد سدود", "خط خطوط", "هاتف هواتف", "جهاز أجهزة", "شاعر شعراء",
        "فيلم أفلام", "مسرح مسارح", "نادي أندية", "ملعب ملاعب", "بطل أبطال", "عيد أعياد", "خبر أخبار",
        "تقرير تقارير", "مصدر مصادر", "موقع مواقع", "درس دروس", "مرض أمراض", "دواء أدوية", "غنم أغنام",
        "بقرة أبقار", "شجرة أشجار", "محصول محاصيل", "بذرة بذور", "سماد أسمدة", "طن أطنان", "مبلغ مبالغ",
        "راتب رواتب", "أجر أجور", "ضريبة ضرائب", "قرض قروض", "بنك بنوك", "مصرف مصارف", "تاجر تجار", "سلعة سلع",
        "مادة مواد", "صهريج صهاريج", "حريق حرائق", "عاصفة عواصف", "زلزال زلازل", "حادث حوادث", "جريمة جرائم",
        "لص لصوص", "شخص أشخاص", "فرد أفراد", "حق حقوق", "قانون قوانين", "محكمة محاكم", "قاض قضاة", "مجلس مجالس",
        "لجنة لجان", "حي أحياء", "منطقة مناطق", "ريف أرياف", "خيمة خيام", "ملجأ ملاجئ", "شعب شعوب", "دين أديان",
        "طائفة طوائف", "مذهب مذاهب", "ثوب ثياب", "طعام أطعمة", "سلة سلال", "رغيف أرغفة", "كيس أكياس",
        "موسم مواسم", "فصل فصول", "أسبوع أسابيع", "دقيقة دقائق", "بيدر بيادر", "جامع جوامع", "مقبرة مقابر", "جثة جثث", "ضحية ضحايا", "هدية هدايا",
        "قضية قضايا", "خلية خلايا", "بقية بقايا", "زاوية زوايا", "صحيفة صحف", "رسالة رسائل",
        "وسيلة وسائل", "دليل أدلة", "سبب أسباب", "هدف أهداف", "شرط شروط", "نوع أنواع", "عدد أعداد", "رقم أرقام",
        "اسم أسماء", "وجه وجوه", "يد أيد أيادي", "قلب قلوب", "ثمن أثمان",
    ];

    private static readonly Dictionary<string, string[]> ByStem = Index();

    /// The other numbers of a normalised word (see <see cref="SearchText.Normalize"/>), normalised;
    /// empty when the word is not one of the list's.
    public static IReadOnlyList<string> Counterparts(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (var stem in SearchText.StemVariants(normalized))
        {
            if (ByStem.TryGetValue(stem, out var others))
            {
                return others;
            }
        }

        return [];
    }

    private static Dictionary<string, string[]> Index()
    {
        var index = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Groups)
        {
            var words = line.Split(' ').Select(SearchText.Normalize).Distinct(StringComparer.Ordinal).ToArray();
            if (words.Length < 2)
            {
                continue;
            }

            foreach (var word in words)
            {
                var stem = SearchText.Stem(word);
                // A stem two groups share (a short word's) would offer the wrong group's words.
                if (!index.TryAdd(stem, [.. words.Where(w => SearchText.Stem(w) != stem)]))
                {
                    index[stem] = [];
                }
            }
        }

        return index;
    }
}
