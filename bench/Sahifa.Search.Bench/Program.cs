using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Search;

// Indexes generated Arabic articles with the production analyzer and document shape, then times
// the production search (query, facets, snippets) at 1 and 8 concurrent searchers (issue 6).
// Usage: dotnet run -c Release --project bench/Sahifa.Search.Bench -- [articles] [words] [folder]
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var words = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
var folder = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "sahifa-search-bench");
// SAHIFA_BENCH_REUSE=1 times the queries again on the index the last run left, without indexing.
var reuse = Environment.GetEnvironmentVariable("SAHIFA_BENCH_REUSE") == "1" && System.IO.Directory.Exists(folder);
if (System.IO.Directory.Exists(folder) && !reuse)
{
    System.IO.Directory.Delete(folder, recursive: true);
}

var copy = new Copy(seed: 2026);
if (!reuse)
{
    Index(folder, articles, words);
}

var configuration = new ConfigurationBuilder().Build();
using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = folder }), configuration, NullLogger<SearchIndex>.Instance);
var search = new SearchArticles(index, TimeProvider.System);
var kinds = new (string Name, Func<Copy, string> Query)[]
{
    ("one word", c => c.QueryWord()),
    ("two words", c => c.QueryWord() + " " + c.CommonWord()),
    ("phrase", c => c.Phrase()),
};
// SAHIFA_BENCH_KINDS="two words" times only the kinds named (comma-separated).
if (Environment.GetEnvironmentVariable("SAHIFA_BENCH_KINDS") is { Length: > 0 } only)
{
    kinds = [.. kinds.Where(k => only.Split(',').Contains(k.Name))];
}

// Warm the JIT and the OS cache the way a node in service would be.
foreach (var (_, query) in kinds)
{
    for (var i = 0; i < 200; i++)
    {
        search.Run(new SearchRequest(query(copy)));
    }
}

Console.WriteLine("query latency in ms (the whole search: query, facets, snippets of the first page)");
Console.WriteLine(Invariant($"{"query",-10} {"searchers",9} {"p50",7} {"p95",7} {"p99",7} {"hits/q",8}"));
foreach (var (name, query) in kinds)
{
    foreach (var searchers in new[] { 1, 8 })
    {
        const int perSearcher = 300;
        var timings = new List<double>();
        var hits = 0L;
        var workers = Enumerable.Range(0, searchers).Select(s => Task.Run(() =>
        {
            var local = new Copy(seed: 1000 + s);
            var mine = new List<double>(perSearcher);
            for (var i = 0; i < perSearcher; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var results = search.Run(new SearchRequest(query(local)));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Add(ref hits, results.Total);
            }

            lock (timings)
            {
                timings.AddRange(mine);
            }
        })).ToArray();
        Task.WaitAll(workers);
        timings.Sort();
        Console.WriteLine(Invariant($"{name,-10} {searchers,9} {P(timings, 50),7:N2} {P(timings, 95),7:N2} {P(timings, 99),7:N2} {hits / timings.Count,8:N0}"));
    }
}

static void Index(string folder, int articles, int words)
{
    Console.WriteLine(Invariant($"Indexing {articles:N0} articles of about {words} words with {Environment.ProcessorCount} threads into {folder}"));
    var clock = Stopwatch.StartNew();
    using (var directory = FSDirectory.Open(folder))
    using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.Version, new SahifaAnalyzer()) { RAMBufferSizeMB = 256, Similarity = SearchIndex.Similarity }))
    {
        var next = 0;
        var threads = Enumerable.Range(0, Environment.ProcessorCount).Select(t => new Thread(() =>
        {
            var local = new Copy(seed: t);
            int id;
            while ((id = Interlocked.Increment(ref next)) <= articles)
            {
                writer.AddDocument(SearchDocument.ToDocument(local.Article(id, words)));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        writer.SetCommitData(SearchIndex.CommitData(position: 0));
        writer.Commit();
    }

    var seconds = clock.Elapsed.TotalSeconds;
    var size = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
    Console.WriteLine(Invariant($"indexing: {articles / seconds:N0} articles/s ({seconds:N1} s), index size {size / 1024.0 / 1024.0:N0} MiB"));
}

static double P(List<double> sorted, int percentile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

/// Generated news copy: real Arabic words with Zipf-like frequencies, clitics attached the way
/// copy attaches them, some hamza and ta marbuta variation, digits and Latin tokens.
internal sealed class Copy(int seed)
{
    private static readonly string[] Vocabulary =
    [
        "الرقة", "الحسكة", "دمشق", "حلب", "إدلب", "القامشلي", "دير", "الزور", "الفرات", "سد", "تشرين", "الطبقة", "منبج",
        "الحكومة", "الإدارة", "الذاتية", "المجلس", "المحلي", "الوزير", "وزارة", "الصحة", "التربية", "الزراعة", "الكهرباء",
        "المياه", "الخبز", "الأسعار", "الدولار", "الليرة", "السوق", "التجار", "المزارعين", "القمح", "القطن", "الجفاف",
        "الأمطار", "المدرسة", "المدارس", "الطلاب", "المعلمين", "الجامعة", "الامتحانات", "المستشفى", "الأطباء", "الأدوية",
        "اللاجئين", "المخيمات", "المساعدات", "الأمم", "المتحدة", "الصليب", "الأحمر", "القوات", "الروسية", "التركية",
        "الأمريكية", "قسد", "الجيش", "الفصائل", "المعارضة", "الاشتباكات", "القصف", "الطائرات", "المسيرة", "الانفجار",
        "الضحايا", "الجرحى", "المدنيين", "الأطفال", "النساء", "العائلات", "الأهالي", "الشارع", "الحي", "المدينة", "الريف",
        "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الطريق", "الدولي", "المعبر", "الحدود", "العراق", "تركيا", "لبنان",
        "الأردن", "إيران", "روسيا", "أمريكا", "أوروبا", "مؤتمر", "اجتماع", "اتفاق", "مفاوضات", "انتخابات", "قرار", "قانون",
        "تقرير", "مصادر", "بيان", "مسؤول", "رئيس", "مدير", "عضو", "لجنة", "مشروع", "خطة", "موازنة", "رواتب", "موظفين",
        "عمال", "مصنع", "شركة", "محطة", "شبكة", "إنترنت", "هاتف", "صحفي", "إعلام", "حرية", "اعتقال", "سجن", "محكمة",
        "عدالة", "حقوق", "إنسان", "ذكرى", "مهرجان", "ثقافة", "كتاب", "معرض", "مسرح", "فيلم", "رياضة", "فريق", "الدوري",
        "مباراة", "بطولة", "زلزال", "حريق", "فيضان", "عاصفة", "ثلوج", "برد", "حر", "صيف", "شتاء", "ربيع", "خريف",
        "أعلن", "قال", "أكد", "نفى", "طالب", "حذر", "افتتح", "أغلق", "وصل", "غادر", "بدأ", "انتهى", "ارتفع", "انخفض",
        "جديد", "قديم", "كبير", "صغير", "أول", "آخر", "كان", "يكون", "في", "من", "إلى", "على", "عن", "مع", "بين", "بعد",
        "قبل", "خلال", "حتى", "منذ", "أن", "إن", "التي", "الذي", "هذا", "هذه", "ذلك", "كل", "بعض", "غير",
    ];

    private static readonly string[] Proclitics = ["", "", "", "", "و", "ب", "ل", "ف"];
    private static readonly string[] Latin = ["Reuters", "SDF", "M4", "AFP", "UN", "WHO", "COVID-19"];

    // Real copy has a long tail: tens of thousands of names, places and rarer words after the few
    // hundred common ones. The tail here is made of Arabic letters in word-like lengths, so the
    // analyzer does real work on it; its frequencies follow Zipf's law (s = 1).
    private const int TailSize = 60_000;
    private static readonly string[] Tail = MakeTail();
    private static readonly double[] Cumulative = MakeCumulative();

    private readonly Random _random = new(seed);

    /// A word as it occurs in copy: common words often, the tail rarely.
    public string Word()
    {
        var rank = Array.BinarySearch(Cumulative, _random.NextDouble());
        rank = rank < 0 ? ~rank : rank;
        return rank < Vocabulary.Length ? Vocabulary[rank] : Tail[Math.Min(rank - Vocabulary.Length, TailSize - 1)];
    }

    /// A word as readers search for it: a name, place or topic, neither a function word nor a
    /// hapax. Ranks 100 to 5,000 of the vocabulary, uniformly.
    public string QueryWord()
    {
        var rank = _random.Next(100, 5_000);
        return rank < Vocabulary.Length ? Vocabulary[rank] : Tail[rank - Vocabulary.Length];
    }

    /// A frequent content word (الحكومة، المياه، الأسعار) to pair with a query word, as in
    /// "الحسكة المياه".
    public string CommonWord() => Vocabulary[_random.Next(0, 120)];

    /// Two common words in a row, quoted: many articles hold both, few hold them side by side, so
    /// the phrase query does its positional check on many candidates and keeps few.
    public string Phrase()
    {
        var start = _random.Next(0, 40);
        return "\"" + Vocabulary[start] + " " + Vocabulary[start + 1] + "\"";
    }

    private static string[] MakeTail()
    {
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var random = new Random(7);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < TailSize)
        {
            var length = random.Next(3, 9);
            var word = new char[length];
            for (var i = 0; i < length; i++)
            {
                word[i] = letters[random.Next(letters.Length)];
            }

            words.Add(new string(word));
        }

        return [.. words];
    }

    private static double[] MakeCumulative()
    {
        var size = Vocabulary.Length + TailSize;
        var weights = Enumerable.Range(1, size).Select(r => 1.0 / r).ToArray();
        var total = weights.Sum();
        var cumulative = new double[size];
        var running = 0.0;
        for (var i = 0; i < size; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        return cumulative;
    }

    public IndexedArticle Article(int id, int words)
    {
        var body = new System.Text.StringBuilder(words * 8);
        for (var i = 0; i < words; i++)
        {
            if (i % 60 == 0)
            {
                body.Append(i == 0 ? "<p>" : "</p><p>");
            }

            var roll = _random.Next(100);
            var word = roll switch
            {
                < 2 => Latin[_random.Next(Latin.Length)],
                < 4 => _random.Next(1, 3000).ToString(CultureInfo.InvariantCulture),
                < 10 => Proclitics[_random.Next(Proclitics.Length)] + Word(),
                _ => Word(),
            };
            body.Append(roll == 50 ? word.Replace('ة', 'ه').Replace('أ', 'ا') : word).Append(i % 12 == 11 ? "، " : " ");
        }

        body.Append("</p>");
        var headline = string.Join(" ", Enumerable.Range(0, 8).Select(_ => Word()));
        return new IndexedArticle(
            id, "article-" + id.ToString(CultureInfo.InvariantCulture), headline, string.Join(" ", Enumerable.Range(0, 20).Select(_ => Word())),
            body.ToString(), (TypeOfWork)(id % 5), ArticleStatus.Published,
            new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id * 30), "قسم " + (id % 12).ToString(CultureInfo.InvariantCulture),
            "section-" + (id % 12).ToString(CultureInfo.InvariantCulture), "قسم الأخبار",
            id % 3 == 0 ? ["ليلى داود"] : [], ["وكالة الأنباء"],
            [new IndexedTag(Word(), "tag-" + (id % 200).ToString(CultureInfo.InvariantCulture)), new IndexedTag(Word(), "tag-" + (id % 37).ToString(CultureInfo.InvariantCulture))]);
    }
}
