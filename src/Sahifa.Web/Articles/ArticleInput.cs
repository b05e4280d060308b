using System.Text.Json;
using System.Text.Json.Serialization;
using Sahifa.Arabic;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Articles;

/// What a client (the API today, the newsroom editor later) submits to create or replace an article.
public sealed record ArticleInput
{
    public string? Title { get; init; }
    public string? Standfirst { get; init; }
    public string? Body { get; init; }
    public string? Section { get; init; }
    public string? TypeOfWork { get; init; }
    public BylineInput? Byline { get; init; }
    public IReadOnlyList<string?>? Sources { get; init; }
    public IReadOnlyList<TagInput?>? Tags { get; init; }
    public string? Status { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public bool? Breaking { get; init; }

    /// The edition's code ("ar", "en", "ckb", "kmr"); omitted, the primary edition for a new
    /// article and the article's own on a replace.
    public string? Edition { get; init; }

    /// The id of the article in another edition this one translates; omitted on a replace keeps
    /// the link, 0 removes it.
    public int? TranslationOf { get; init; }

    /// The lead photograph: a library item, with this article's own wording of its alt text,
    /// caption and credit where given. Null: none.
    public ImageInput? Image { get; init; }
}

public sealed record ImageInput(int? Id, string? Alt = null, string? Caption = null, string? Credit = null);

/// A desk name or named authors. JSON accepts a plain string for a desk.
[JsonConverter(typeof(BylineInputConverter))]
public sealed record BylineInput(string? Desk, IReadOnlyList<string?>? Authors);

/// A tag name with an optional kind, and, in an edition other than the primary one, the name
/// of the primary edition's tag it translates ("Qamishli" translates "القامشلي"). JSON accepts a
/// plain string for a topic tag.
[JsonConverter(typeof(TagInputConverter))]
public sealed record TagInput(string? Name, string? Kind, string? TranslationOf = null);

/// The one validation of an article, shared by every way of writing one (STYLE.md 6).
public static class ArticleRules
{
    public const int MaxHeadlineLength = 200;
    public const int MaxStandfirstLength = 500;
    public const int MaxBodyLength = 200_000;
    public const int MaxNameLength = 100;
    public const int MaxSlugLength = 100;
    public const int MaxAuthors = 6;
    public const int MaxSources = 20;
    public const int MaxTags = 30;

    /// The input asks for the article to go (or stay) public: published now or scheduled.
    public static bool IsPublished(this ArticleInput input) =>
        input.RequestedStatus() is ArticleStatus.Published or ArticleStatus.Scheduled;

    /// The state the input asks for; a missing status means a draft. "published" with a
    /// publication time still to come is a scheduled article, whichever word the client used.
    public static ArticleStatus? RequestedStatus(this ArticleInput input) =>
        input.Status is null ? ArticleStatus.Draft
        : ArticleStates.TryParse(input.Status, out var status) ? status
        : null;

    /// Publishing, scheduling and unpublishing change what readers see: editors only.
    public static bool NeedsEditor(this ArticleInput input) =>
        input.RequestedStatus() is ArticleStatus.Published or ArticleStatus.Scheduled or ArticleStatus.Unpublished;

    /// Field name to Arabic messages; empty when the input is acceptable.
    public static Dictionary<string, string[]> Validate(ArticleInput input)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        var publishing = input.IsPublished();
        var title = ArabicText.CleanForDisplay(input.Title ?? "");
        if (title.Length == 0)
        {
            Add("title", "العنوان مطلوب.");
        }
        else if (title.Length > MaxHeadlineLength)
        {
            Add("title", $"العنوان أطول من {MaxHeadlineLength} حرف.");
        }
        else if (!HasLetterOrDigit(title))
        {
            Add("title", "العنوان لا يحوي حروفًا ولا أرقامًا.");
        }

        var standfirst = (input.Standfirst ?? "").Trim();
        if (standfirst.Length > MaxStandfirstLength)
        {
            Add("standfirst", $"المقدمة أطول من {MaxStandfirstLength} حرف.");
        }
        else if (publishing && standfirst.Length == 0)
        {
            Add("standfirst", "المقدمة مطلوبة قبل النشر.");
        }

        var body = input.Body ?? "";
        if (body.Length > MaxBodyLength)
        {
            Add("body", "نص المقال أطول من الحد المسموح.");
        }
        else if (publishing && body.Trim().Length == 0)
        {
            Add("body", "نص المقال مطلوب قبل النشر.");
        }

        CheckName(input.Section, "section", "القسم", required: true, Add);

        if (input.TypeOfWork is not null && !ArticleLabels.TryParse(input.TypeOfWork, out TypeOfWork _))
        {
            Add("typeOfWork", "نوع المادة غير معروف؛ المقبول: news أو analysis أو opinion أو interview أو fact-check.");
        }

        if (input.RequestedStatus() is null)
        {
            Add("status", "الحالة إحدى: draft (مسودة) أو review (للمراجعة) أو published (منشور) أو scheduled (مجدول) أو unpublished (مسحوب).");
        }
        else if (input.RequestedStatus() == ArticleStatus.Scheduled && input.PublishedAt is null)
        {
            Add("publishedAt", "حدّد موعد النشر للمادة المجدولة.");
        }

        if (input.Byline is { } byline)
        {
            var authors = byline.Authors ?? [];
            if (!string.IsNullOrWhiteSpace(byline.Desk) && authors.Count > 0)
            {
                Add("byline", "التوقيع إما باسم قسم أو بأسماء كتّاب، لا الاثنين معًا.");
            }

            if (authors.Count > MaxAuthors)
            {
                Add("byline", $"لا يزيد عدد الكتّاب في التوقيع على {MaxAuthors}.");
            }

            CheckName(byline.Desk, "byline", "اسم القسم", required: false, Add);
            foreach (var author in authors)
            {
                CheckName(author, "byline", "اسم الكاتب", required: true, Add);
            }
        }

        var sources = input.Sources ?? [];
        if (sources.Count > MaxSources)
        {
            Add("sources", $"لا يزيد عدد المصادر على {MaxSources}.");
        }

        foreach (var source in sources)
        {
            CheckName(source, "sources", "اسم المصدر", required: true, Add);
        }

        var tags = input.Tags ?? [];
        if (tags.Count > MaxTags)
        {
            Add("tags", $"لا يزيد عدد الوسوم على {MaxTags}.");
        }

        foreach (var tag in tags)
        {
            CheckName(tag?.Name, "tags", "اسم الوسم", required: true, Add);
            CheckName(tag?.TranslationOf, "tags", "اسم الوسم الأصلي", required: false, Add);
            if (tag?.Kind is not null && !ArticleLabels.TryParse(tag.Kind, out TagKind _))
            {
                Add("tags", $"نوع الوسم «{tag.Kind}» غير معروف؛ المقبول: place أو person أو organisation أو topic.");
            }
        }

        if (input.Image is { } image)
        {
            if (image.Id is not > 0)
            {
                Add("image", "اختر صورة من المكتبة برقمها (id)، أو أرسل image: null لإزالتها.");
            }

            foreach (var (text, max, label) in new[]
            {
                (image.Alt, Media.MediaItem.MaxAltLength, "النص البديل للصورة"),
                (image.Caption, Media.MediaItem.MaxCaptionLength, "تعليق الصورة"),
                (image.Credit, Media.MediaItem.MaxCreditLength, "حقوق الصورة"),
            })
            {
                if (ArabicText.CleanForDisplay(text ?? "").Length > max)
                {
                    Add("image", $"{label} أطول من {max} حرف.");
                }
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray());
    }

    private static void CheckName(string? value, string field, string label, bool required, Action<string, string> add)
    {
        var name = ArabicText.CleanForDisplay(value ?? "");
        if (name.Length == 0)
        {
            if (required)
            {
                add(field, $"{label} مطلوب.");
            }
        }
        else if (name.Length > MaxNameLength)
        {
            add(field, $"{label} أطول من {MaxNameLength} حرف.");
        }
        else if (!HasLetterOrDigit(name))
        {
            add(field, $"{label} «{name}» لا يحوي حروفًا ولا أرقامًا.");
        }
    }

    private static bool HasLetterOrDigit(string s) => s.Any(char.IsLetterOrDigit);
}

internal sealed class BylineInputConverter : JsonConverter<BylineInput>
{
    public override BylineInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new BylineInput(reader.GetString(), null);
            case JsonTokenType.StartObject:
                using (var doc = JsonDocument.ParseValue(ref reader))
                {
                    string? desk = null;
                    List<string?>? authors = null;
                    foreach (var property in doc.RootElement.EnumerateObject())
                    {
                        if (property.NameEquals("desk") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            desk = property.Value.GetString();
                        }
                        else if (property.NameEquals("authors") && property.Value.ValueKind == JsonValueKind.Array)
                        {
                            authors = property.Value.EnumerateArray()
                                .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null)
                                .ToList();
                        }
                    }

                    return new BylineInput(desk, authors);
                }

            default:
                throw new JsonException("byline must be a desk name or an object with desk or authors");
        }
    }

    public override void Write(Utf8JsonWriter writer, BylineInput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("desk", value.Desk);
        writer.WritePropertyName("authors");
        JsonSerializer.Serialize(writer, value.Authors ?? [], options);
        writer.WriteEndObject();
    }
}

internal sealed class TagInputConverter : JsonConverter<TagInput>
{
    public override TagInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new TagInput(reader.GetString(), null);
            case JsonTokenType.StartObject:
                using (var doc = JsonDocument.ParseValue(ref reader))
                {
                    var root = doc.RootElement;
                    return new TagInput(
                        root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
                        root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null,
                        root.TryGetProperty("translationOf", out var of) && of.ValueKind == JsonValueKind.String ? of.GetString() : null);
                }

            default:
                throw new JsonException("a tag must be a name or an object with name and kind");
        }
    }

    public override void Write(Utf8JsonWriter writer, TagInput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("kind", value.Kind);
        if (value.TranslationOf is not null)
        {
            writer.WriteString("translationOf", value.TranslationOf);
        }

        writer.WriteEndObject();
    }
}
