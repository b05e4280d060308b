using Sahifa.Arabic;

namespace Sahifa.Web.Search;

/// <summary>
/// Names the newsroom counts as one in search: an organisation and its Latin abbreviation, a
/// city's two spellings, a loanword's. Applied to what the reader typed, not to the index, so an
/// editor's change takes effect on the next search with nothing to rebuild.
/// </summary>
public sealed class SearchEquivalents
{
    /// How the newsroom writes a group: its names on one line, between "=" signs.
    public const char Separator = '=';

    public const int MaxGroups = 500;
    public const int MaxNamesPerGroup = 12;
    public const int MaxNameLength = 80;

    // Each name as the words search reads from it, longest first, so «منظمة الصحة العالمية» is
    // found before «الصحة العالمية» inside it.
    private readonly List<(string[] Stems, int Group)> _names;

    private SearchEquivalents(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = groups;
        _names = groups
            .SelectMany((names, group) => names.Select(name => (Stems: SearchText.Words(name).Select(w => SearchText.Stem(w.Exact)).ToArray(), Group: group)))
            .Where(n => n.Stems.Length > 0)
            .OrderByDescending(n => n.Stems.Length)
            .ToList();
    }

    public static SearchEquivalents None { get; } = new([]);

    /// A small list for the region's newsrooms, which a new site starts with and editors change.
    public static IReadOnlyList<string> RegionLines { get; } =
    [
        "منظمة الصحة العالمية = الصحة العالمية = WHO",
        "برنامج الأغذية العالمي = WFP",
        "مفوضية الأمم المتحدة لشؤون اللاجئين = مفوضية اللاجئين = UNHCR",
        "منظمة الأمم المتحدة للطفولة = يونيسف = UNICEF",
        "مكتب تنسيق الشؤون الإنسانية = أوتشا = OCHA",
        "اللجنة الدولية للصليب الأحمر = الصليب الأحمر = ICRC",
        "أطباء بلا حدود = MSF",
        "الهلال الأحمر العربي السوري = SARC",
        "الأمم المتحدة = UN",
        "صندوق النقد الدولي = IMF",
        "قوات سوريا الديمقراطية = قسد = SDF",
        "وحدات حماية الشعب = YPG",
        "حزب العمال الكردستاني = PKK",
        "هيئة تحرير الشام = تحرير الشام = HTS",
        "تنظيم الدولة = داعش = الدولة الإسلامية = ISIS",
        "المرصد السوري لحقوق الإنسان = SOHR",
        "القامشلي = قامشلو = Qamishli = Qamishlo",
        "عين العرب = كوباني = Kobani = Kobane",
        "رأس العين = سري كانيه = Ras al-Ain = Serekaniye",
        "تل أبيض = كري سبي = Tal Abyad",
        "المالكية = ديريك = Derik = Malikiyah",
        "دير الزور = ديرالزور = Deir ez-Zor = Deir ezzor = Deir al-Zour",
        "الرقة = Raqqa",
        "الحسكة = Hasakah = Hasaka",
        "منبج = Manbij",
        "الطبقة = Tabqa",
        "عامودا = Amuda",
        "الدرباسية = Darbasiyah",
        "الشدادي = Shaddadi",
        "عين عيسى = Ain Issa",
        "مخيم الهول = al-Hol",
        "نوروز = نيروز = Newroz = Nowruz",
        "كوفيد = كورونا = Covid",
        "إنترنت = انترنيت = النت = Internet",
        "ستارلينك = Starlink",
        "تلفزيون = تلفاز",
        "واتساب = واتس آب = WhatsApp",
        "فيسبوك = فيس بوك = Facebook",
        "تيليغرام = تلغرام = تليجرام = Telegram",
        "مازوت = ديزل",
        // What readers in Syria say for what the copy writes.
        "الطحين = الدقيق",
        "الشوب = موجة حر = موجة الحر",
        "صوبيا = صوبة = مدفأة",
        "الموبايل = الجوال = الهاتف المحمول",
        "المصاري = الفلوس = الأموال",
        "الباص = الحافلة",
        "التكسي = سيارة أجرة",
        "المياه = الماء = المي",
        "M4 = م4",
        "M5 = م5",
    ];

    public static SearchEquivalents Region { get; } = Parse(RegionLines).Equivalents;

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// Reads the newsroom's lines: one group per line, names between "="; blank lines are skipped.
    /// Errors name the line, in Arabic, for the form that shows them.
    public static (SearchEquivalents Equivalents, IReadOnlyList<string> Errors) Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var groups = new List<IReadOnlyList<string>>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var names = line.Split(Separator)
                .Select(n => ArabicText.CleanForDisplay(n).Trim())
                .Where(n => n.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (names.Count == 0)
            {
                continue;
            }

            if (names.Count == 1)
            {
                errors.Add($"السطر {number}: اكتب اسمين على الأقل بينهما «=».");
            }
            else if (names.Count > MaxNamesPerGroup)
            {
                errors.Add($"السطر {number}: {MaxNamesPerGroup} اسمًا على الأكثر في السطر.");
            }
            else if (names.FirstOrDefault(n => n.Length > MaxNameLength) is { } tooLong)
            {
                errors.Add($"السطر {number}: الاسم «{tooLong[..20]}…» أطول من {MaxNameLength} حرفًا.");
            }
            else if (names.FirstOrDefault(n => SearchText.Words(n).Count == 0) is { } empty)
            {
                errors.Add($"السطر {number}: «{empty}» لا يحوي كلمة يبحث عنها القرّاء.");
            }
            else
            {
                groups.Add(names);
            }
        }

        if (groups.Count > MaxGroups)
        {
            errors.Add($"{MaxGroups} سطر على الأكثر.");
        }

        return (new SearchEquivalents(groups.Take(MaxGroups).ToList()), errors);
    }

    /// The lines as the newsroom edits them.
    public IEnumerable<string> Lines() => Groups.Select(g => string.Join($" {Separator} ", g));

    /// Where the reader's words name a group: the words' indexes and the group's names.
    public List<(int First, int Last, IReadOnlyList<string> Names)> Find(IReadOnlyList<SearchWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<(int, int, IReadOnlyList<string>)>();
        if (_names.Count == 0)
        {
            return found;
        }

        var stems = words.Select(w => SearchText.Stem(w.Exact)).ToArray();
        for (var i = 0; i < stems.Length; i++)
        {
            foreach (var (name, group) in _names)
            {
                if (i + name.Length <= stems.Length && name.AsSpan().SequenceEqual(stems.AsSpan(i, name.Length)))
                {
                    found.Add((i, i + name.Length - 1, Groups[group]));
                    i += name.Length - 1;
                    break;
                }
            }
        }

        return found;
    }
}
