using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sahifa.Web.Accounts;
using Sahifa.Web.Importing;

namespace Sahifa.Web.Tests.Importing;

public sealed class ImportWordPressApiTests
{
    private static MultipartFormDataContent Upload(HttpContent file, string field = "file") =>
        new() { { file, field, "export.xml" } };

    private static MultipartFormDataContent UploadExport(string name) =>
        Upload(new ByteArrayContent(File.ReadAllBytes(Exports.PathOf(name))));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("detail").GetString()!, c => c is >= 'ء' and <= 'ي');
        return problem;
    }

    [Fact]
    public async Task An_admin_uploads_an_export_and_gets_the_report()
    {
        using var factory = new SahifaFactory();
        var admin = await factory.ApiClientAsync(StaffRoles.Admin);

        using var response = await admin.PostAsync(ImportWordPressApi.Route, UploadExport(Exports.Jazira));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7, report.GetProperty("counts").GetProperty("postsCreated").GetInt32());
        Assert.Contains(report.GetProperty("dropped").EnumerateArray(), d => d.GetProperty("name").GetString() == "[gallery]");
        Assert.Contains(report.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("wordPressId").ValueKind == JsonValueKind.Number && w.GetProperty("wordPressId").GetInt64() == 201);
        // The upload is the export alone; the report says where the photographs come from.
        var photos = report.GetProperty("warnings")[0];
        Assert.Equal("media_not_copied", photos.GetProperty("code").GetString());
        Assert.Contains("sahifa import wordpress FILE --uploads DIR", photos.GetProperty("message").GetString());
        Assert.Equal(1, report.GetProperty("counts").GetProperty("media").GetInt32());
        Assert.Equal(0, report.GetProperty("counts").GetProperty("mediaImported").GetInt32());
        using var redirect = await factory.CreateClient().GetAsync("/?p=101");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_may_import()
    {
        using var factory = new SahifaFactory();
        var editor = await factory.ApiClientAsync(StaffRoles.Editor);

        using var forbidden = await editor.PostAsync(ImportWordPressApi.Route, UploadExport(Exports.Small11));
        using var anonymous = await factory.CreateClient().PostAsync(ImportWordPressApi.Route, UploadExport(Exports.Small11));

        await ProblemAsync(forbidden, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_from_its_declared_length_and_from_its_stream()
    {
        using var factory = new ConfiguredSahifaFactory(("Sahifa:Import:MaxUploadMegabytes", "1"));
        var admin = await factory.ApiClientAsync(StaffRoles.Admin);
        var big = new byte[(1024 * 1024) + 10];

        using var declared = await admin.PostAsync(ImportWordPressApi.Route, Upload(new ByteArrayContent(big)));
        using var streamed = await admin.PostAsync(ImportWordPressApi.Route, Upload(new StreamContent(new UnknownLengthStream(big))));

        await ProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge, "too_large");
        await ProblemAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "too_large");
    }

    [Fact]
    public async Task A_broken_file_is_refused_with_its_line_and_nothing_is_imported()
    {
        using var factory = new SahifaFactory();
        var admin = await factory.ApiClientAsync(StaffRoles.Admin);

        using var response = await admin.PostAsync(ImportWordPressApi.Route, UploadExport("truncated.xml"));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "malformed_xml");
        Assert.Equal(28, problem.GetProperty("line").GetInt32());
        using var redirect = await factory.CreateClient().GetAsync("/?p=1");
        Assert.Equal(HttpStatusCode.OK, redirect.StatusCode);
    }

    [Theory]
    [InlineData("xxe.xml", "dtd_refused")]
    [InlineData("plain-rss.xml", "not_wxr")]
    public async Task Hostile_and_foreign_files_are_refused(string name, string code)
    {
        using var factory = new SahifaFactory();
        var admin = await factory.ApiClientAsync(StaffRoles.Admin);

        using var response = await admin.PostAsync(ImportWordPressApi.Route, UploadExport(name));

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, code);
    }

    [Fact]
    public async Task A_request_without_the_file_field_or_not_multipart_gets_a_clear_problem()
    {
        using var factory = new SahifaFactory();
        var admin = await factory.ApiClientAsync(StaffRoles.Admin);

        using var wrongField = await admin.PostAsync(ImportWordPressApi.Route, Upload(new StringContent("<rss/>"), field: "export"));
        using var json = await admin.PostAsync(ImportWordPressApi.Route, new StringContent("{}", Encoding.UTF8, "application/json"));

        await ProblemAsync(wrongField, HttpStatusCode.BadRequest, "missing_file");
        await ProblemAsync(json, HttpStatusCode.UnsupportedMediaType, "multipart_required");
    }

    // A body whose length is not known in advance, as a chunked upload sends it.
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
