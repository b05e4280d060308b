using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sahifa.Web.Tests.Editions;

/// The desk's side of editions: translating a story, finding it by edition, and a newsroom in
/// the staff member's own language.
public class NewsroomEditionsTests
{
    [Fact]
    public async Task Translate_opens_the_editor_beside_the_original_and_saves_a_linked_draft()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        using var created = await api.PostAsJsonAsync("/api/v1/articles", EditionsTests.Story("افتتاح جسر القامشلي", "اقتصاد", "ar"));
        var original = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var newsroom = await factory.NewsroomClientAsync();

        var page = await newsroom.GetDocumentAsync($"/newsroom/articles/{original}");
        var missing = page.QuerySelectorAll(".translations-box li");
        Assert.Equal(3, missing.Length);
        var translate = page.QuerySelector(".translations-box a[href*='edition=en']")!.GetAttribute("href")!;
        Assert.Equal($"/newsroom/articles/new?translationOf={original}&edition=en", translate);

        var editor = await newsroom.GetDocumentAsync(translate);
        Assert.Equal("افتتاح جسر القامشلي", editor.Text(".translation-source strong"));
        Assert.Equal("en", editor.QuerySelector("#edition option[selected]")!.GetAttribute("value"));

        using var saved = await newsroom.SubmitWithFileAsync(translate, new Dictionary<string, string>
        {
            ["Form.Title"] = "Qamishli bridge reopens",
            ["Form.Standfirst"] = "Traffic crossed the river again this morning.",
            ["Form.Body"] = "The council reopened the bridge.",
            ["Form.Section"] = "Economy",
            ["action"] = "save",
        }, null, "form.editor");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var draft = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var json = await api.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{draft}");
        Assert.Equal("en", json.GetProperty("edition").GetString());
        Assert.Equal(original, json.GetProperty("translationOf").GetInt32());
        Assert.Equal("draft", json.GetProperty("status").GetString());

        // The draft shows its original too, and the original now names its English translation.
        var draftPage = await newsroom.GetDocumentAsync($"/newsroom/articles/{draft}");
        Assert.Equal("افتتاح جسر القامشلي", draftPage.Text(".translation-source strong"));
        var originalPage = await newsroom.GetDocumentAsync($"/newsroom/articles/{original}");
        Assert.Equal($"/newsroom/articles/{draft}", originalPage.QuerySelector(".translations-box a[lang=en]")!.GetAttribute("href"));
        Assert.Equal(2, originalPage.QuerySelectorAll(".translations-box a[href*='translationOf=']").Length);

        var english = await newsroom.GetDocumentAsync("/newsroom/articles?edition=en");
        Assert.Equal(["Qamishli bridge reopens"], english.Texts(".articles-table tbody td:first-child a"));
    }

    [Fact]
    public async Task A_second_translation_into_the_same_edition_is_refused_on_the_form()
    {
        using var factory = EditionsTests.FourEditions();
        var api = await factory.ApiClientAsync();
        using var created = await api.PostAsJsonAsync("/api/v1/articles", EditionsTests.Story("خبر", "اقتصاد", "ar"));
        var original = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PostAsJsonAsync("/api/v1/articles", EditionsTests.Story("News", "Economy", "en", original))).Dispose();
        var newsroom = await factory.NewsroomClientAsync();

        using var refused = await newsroom.SubmitWithFileAsync($"/newsroom/articles/new?translationOf={original}&edition=en", new Dictionary<string, string>
        {
            ["Form.Title"] = "News again",
            ["Form.Section"] = "Economy",
            ["action"] = "save",
        }, null, "form.editor");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Contains("en", page.Text("#form-errors"), StringComparison.Ordinal);
        Assert.Equal("News again", page.QuerySelector("#title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_newsroom_speaks_the_language_a_member_chose()
    {
        using var factory = new SahifaFactory();
        var newsroom = await factory.NewsroomClientAsync();

        var arabic = await newsroom.GetDocumentAsync("/newsroom/articles");
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Equal("المقالات", arabic.Text(".newsroom-nav li:first-child a"));

        using var chosen = await newsroom.SubmitAsync("/newsroom/account", new Dictionary<string, string> { ["language"] = "en" }, "form#language");
        Assert.Equal(HttpStatusCode.SeeOther, chosen.StatusCode);
        Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sahifa-language=en", StringComparison.Ordinal) && c.Contains("path=/newsroom", StringComparison.OrdinalIgnoreCase));

        var english = await newsroom.GetDocumentAsync("/newsroom/articles");
        Assert.Equal(("en", "ltr"), (english.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("dir")));
        Assert.Equal("Articles", english.Text(".newsroom-nav li:first-child a"));
        // The public site keeps its edition's language whatever the staff member reads.
        var front = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal("ar", front.DocumentElement.GetAttribute("lang"));

        using var unknown = await newsroom.SubmitAsync("/newsroom/account", new Dictionary<string, string> { ["language"] = "fr" }, "form#language");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
    }
}
