using System.Net;
using AngleSharp.Html.Dom;
using Sahifa.Web.Accounts;
using Sahifa.Web.Newsroom.Import;

namespace Sahifa.Web.Tests.Importing;

/// `/newsroom/import`: the admin's upload page in the newsroom.
public sealed class UploadTests
{
    // The form as a browser sends it: its hidden fields (the antiforgery token) and the file.
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[]? file, bool withToken = true)
    {
        var page = await client.GetDocumentAsync(IndexModel.Route);
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in Forms.Fields(form))
        {
            if (withToken || name != "__RequestVerificationToken")
            {
                content.Add(new StringContent(value), name);
            }
        }

        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), "file", "export.xml");
        }

        return await client.PostAsync(IndexModel.Route, content);
    }

    [Fact]
    public async Task An_admin_uploads_an_export_and_reads_the_report_in_the_newsroom()
    {
        using var factory = new SahifaFactory();
        using var admin = await factory.NewsroomClientAsync(StaffRoles.Admin);

        using var response = await UploadAsync(admin, await File.ReadAllBytesAsync(Exports.PathOf(Exports.Jazira)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("اكتمل الاستيراد", page.Text(".import-report h2"));
        Assert.Equal("7", page.Text(".count-created"));
        Assert.Equal("5", page.Text(".comments-created"));
        Assert.Contains("[gallery]", page.Text(".import-dropped"));
        Assert.NotNull(page.QuerySelector(".import-warnings li[data-code=page_skipped]"));
        Assert.Contains("--uploads DIR", page.Text(".import-warnings li[data-code=media_not_copied]"));
        Assert.Contains("sahifa import wordpress FILE --uploads DIR", page.Text(".photos-hint"));
        Assert.NotNull(page.QuerySelector(".newsroom-nav"));
    }

    [Fact]
    public async Task A_broken_file_is_shown_again_with_its_line_and_status_422()
    {
        using var factory = new SahifaFactory();
        using var admin = await factory.NewsroomClientAsync(StaffRoles.Admin);

        using var broken = await UploadAsync(admin, await File.ReadAllBytesAsync(Exports.PathOf("truncated.xml")));
        using var missing = await UploadAsync(admin, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("السطر 28", (await broken.ReadDocumentAsync()).Text("#file-error"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("اختر ملف التصدير", (await missing.ReadDocumentAsync()).Text("#file-error"));
    }

    [Fact]
    public async Task Editors_are_refused_and_a_post_without_the_antiforgery_token_is_rejected()
    {
        using var factory = new SahifaFactory();
        using var editor = await factory.NewsroomClientAsync(StaffRoles.Editor);
        using var admin = await factory.NewsroomClientAsync(StaffRoles.Admin);

        using var forbidden = await editor.GetAsync(IndexModel.Route);
        using var forged = await UploadAsync(admin, await File.ReadAllBytesAsync(Exports.PathOf(Exports.Small11)), withToken: false);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_before_it_is_read()
    {
        using var factory = new ConfiguredSahifaFactory(("Sahifa:Import:MaxUploadMegabytes", "1"));
        using var admin = await factory.NewsroomClientAsync(StaffRoles.Admin);

        using var response = await UploadAsync(admin, new byte[(1024 * 1024) + 10]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("الملف كبير جدًا", (await response.ReadDocumentAsync()).Text("h1"));
    }
}
