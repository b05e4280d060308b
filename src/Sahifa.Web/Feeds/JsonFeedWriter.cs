using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Feeds;

/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Written by hand with Utf8JsonWriter so
/// the field names are exactly the spec's snake_case ones.
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    // Arabic stays readable; < > & ' " are still escaped, as everywhere else we write JSON.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
    };

    public static void Write(Stream stream, FeedDocument feed)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", feed.Title);
        json.WriteString("home_page_url", feed.HomeUrl);
        json.WriteString("feed_url", feed.SelfUrl);
        json.WriteString("description", feed.Description);
        json.WriteString("language", feed.Language);
        json.WriteString("favicon", feed.IconUrl);

        json.WriteStartArray("items");
        foreach (var entry in feed.Entries)
        {
            WriteItem(json, entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Url);
        json.WriteString("url", entry.Url);
        json.WriteString("title", entry.Title);
        if (entry.Summary.Length > 0)
        {
            json.WriteString("summary", entry.Summary);
        }

        // An item needs content_html or content_text; with summaries only, the standfirst is it.
        if (entry.ContentHtml is not null)
        {
            json.WriteString("content_html", entry.ContentHtml);
        }
        else
        {
            json.WriteString("content_text", entry.Summary);
        }

        if (entry.Image is { } image)
        {
            json.WriteString("image", image.Url);
        }

        json.WriteString("date_published", SiteDates.Rfc3339(entry.Published));
        json.WriteString("date_modified", SiteDates.Rfc3339(entry.Updated));

        json.WriteStartArray("authors");
        foreach (var author in entry.Authors)
        {
            json.WriteStartObject();
            json.WriteString("name", author.Name);
            if (author.Url is not null)
            {
                json.WriteString("url", author.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("tags");
        foreach (var category in entry.Categories)
        {
            json.WriteStringValue(category.Name);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
