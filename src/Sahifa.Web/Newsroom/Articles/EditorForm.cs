using System.Globalization;
using System.Text.Json;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Tags;

namespace Sahifa.Web.Newsroom.Articles;

/// The editor's fields as a browser posts them. Lists (authors, sources, tags) are one per line,
/// so a reporter can paste them; tags come in one box per kind, so their kind is never guessed.
public sealed class EditorForm
{
    public string? Title { get; set; }
    public string? Standfirst { get; set; }
    public string? Body { get; set; }
    public string? Section { get; set; }
    public string? TypeOfWork { get; set; }
    public string? Desk { get; set; }
    public string? Authors { get; set; }
    public string? Sources { get; set; }
    public string? Places { get; set; }
    public string? People { get; set; }
    public string? Organisations { get; set; }
    public string? Topics { get; set; }
    public string? Slug { get; set; }
    public bool Breaking { get; set; }

    /// The edition's code, and the article this one translates (set by "translate"; kept as it is).
    public string? Edition { get; set; }
    public int? TranslationOf { get; set; }

    /// The lead image: a photograph picked from the library (by its tile or its number), or a file
    /// uploaded with the article, which goes into the library first. The alt text, caption and
    /// credit here are this article's own and override the library's.
    public int? ImageId { get; set; }
    public string? ImageNumber { get; set; }
    public IFormFile? ImageFile { get; set; }
    public string? ImageAlt { get; set; }
    public string? ImageCaption { get; set; }
    public string? ImageCredit { get; set; }

    /// Local time in the site's time zone, as `<input type="datetime-local">` sends it.
    public string? PublishAt { get; set; }
    public string? Note { get; set; }
    public bool PublicRevision { get; set; }
    public int Version { get; set; }

    public ArticleInput ToInput(ArticleStatus status, TimeZoneInfo zone) => new()
    {
        Title = Title,
        Standfirst = Standfirst,
        Body = Body,
        Section = Section,
        TypeOfWork = string.IsNullOrWhiteSpace(TypeOfWork) ? null : TypeOfWork,
        Byline = new BylineInput(Lines(Authors).Count == 0 ? Desk : null, Lines(Authors)),
        Sources = Lines(Sources),
        Tags = [.. Tagged(Places, TagKind.Place), .. Tagged(People, TagKind.Person), .. Tagged(Organisations, TagKind.Organisation), .. Tagged(Topics, TagKind.Topic)],
        Status = ArticleStates.Code(status),
        PublishedAt = ParsePublishAt(zone),
        Breaking = Breaking,
        Image = LeadImageId() is { } id ? new ImageInput(id, ImageAlt, ImageCaption, ImageCredit) : null,
        Edition = string.IsNullOrWhiteSpace(Edition) ? null : Edition.Trim(),
        TranslationOf = TranslationOf,
    };

    /// A number typed wins over a tile picked: it is the more deliberate choice. Eastern Arabic
    /// digits are read like Western ones.
    public int? LeadImageId() =>
        int.TryParse(ArabicDigits.ToWestern(ImageNumber ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var typed) && typed > 0
            ? typed
            : ImageId is > 0 ? ImageId : null;

    /// Whether the number box holds something that is not a photograph's number.
    public bool ImageNumberIsInvalid => !string.IsNullOrWhiteSpace(ImageNumber) && !int.TryParse(ArabicDigits.ToWestern(ImageNumber).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// The publication time typed, or null when the box is empty; <see cref="PublishAtIsInvalid"/>
    /// tells an empty box from an unreadable one.
    public DateTimeOffset? ParsePublishAt(TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(PublishAt?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // A wall-clock time skipped by a daylight-saving jump is read as the hour after it.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public bool PublishAtIsInvalid(TimeZoneInfo zone) => !string.IsNullOrWhiteSpace(PublishAt) && ParsePublishAt(zone) is null;

    public static EditorForm From(ArticleInput input, string slug, int version, TimeZoneInfo zone)
    {
        var tags = input.Tags ?? [];
        string KindLines(TagKind kind) => string.Join('\n', tags.Where(t => t is not null && (ArticleLabels.TryParse(t.Kind, out TagKind k) ? k : TagKind.Topic) == kind).Select(t => t!.Name));
        return new EditorForm
        {
            Title = input.Title,
            Standfirst = input.Standfirst,
            Body = input.Body,
            Section = input.Section,
            TypeOfWork = input.TypeOfWork,
            Desk = input.Byline?.Desk,
            Authors = string.Join('\n', input.Byline?.Authors ?? []),
            Sources = string.Join('\n', input.Sources ?? []),
            Places = KindLines(TagKind.Place),
            People = KindLines(TagKind.Person),
            Organisations = KindLines(TagKind.Organisation),
            Topics = KindLines(TagKind.Topic),
            Slug = slug,
            Breaking = input.Breaking ?? false,
            PublishAt = input.PublishedAt is { } at ? TimeZoneInfo.ConvertTimeFromUtc(at.UtcDateTime, zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null,
            Version = version,
            ImageId = input.Image?.Id,
            ImageAlt = input.Image?.Alt,
            ImageCaption = input.Image?.Caption,
            ImageCredit = input.Image?.Credit,
            Edition = input.Edition,
            TranslationOf = input.TranslationOf,
        };
    }

    public static ArticleInput? FromSnapshot(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ArticleInput>(json, SaveArticle.SnapshotJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string?> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', '،', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ArabicText.CleanForDisplay)
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(s => (string?)s)
            .ToList();

    private static IEnumerable<TagInput> Tagged(string? text, TagKind kind) =>
        Lines(text).Select(name => new TagInput(name, ArticleLabels.Code(kind)));
}
