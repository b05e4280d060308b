using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Cli;

namespace Sahifa.Web.Tests;

/// The real application on a real SQLite file in a temporary data directory, built by the real
/// migrations. The clock is fake so tests can publish "yesterday" and "tomorrow".
public class SahifaFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public SahifaFactory() => ClientOptions.AllowAutoRedirect = false;

    public TestStore Store { get; } = new();

    public string DataDirectory => Store.DataDirectory;

    public FakeTimeProvider Clock { get; } = new(Now);

    protected virtual bool LoadDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Store.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("SAHIFA_DEMO", LoadDemo ? "true" : "false");
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// Saves an article as the newsroom would, through the same use case the API calls.
    public async Task<int> PublishAsync(ArticleInput input)
    {
        using var scope = Services.CreateScope();
        var errors = ArticleRules.Validate(input);
        Assert.Empty(errors);
        return await scope.ServiceProvider.GetRequiredService<SaveArticle>().CreateAsync(input, CancellationToken.None);
    }

    public static ArticleInput Story(string title, string section = "سياسة", int hoursAgo = 1) => new()
    {
        Title = title,
        Standfirst = "مقدمة قصيرة للمادة.",
        Body = "فقرة أولى.\n\n## عنوان فرعي\n\nفقرة ثانية.",
        Section = section,
        Status = "published",
        PublishedAt = Now.AddHours(-hoursAgo),
    };

    /// A staff account and its API token, made with the real CLI against this factory's database.
    public async Task<HttpClient> ApiClientAsync(string role = StaffRoles.Editor)
    {
        _ = Server; // the host (and its migrations) must exist before the CLI shares the file
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        var hostArgs = Store.HostArgs();
        using var output = new StringWriter();
        var added = await SahifaCli.RunAsync(["users", "add", "--email", email, "--role", role, "--password", "correct horse battery"], output, output, hostArgs);
        Assert.True(added == 0, output.ToString());
        using var tokenOutput = new StringWriter();
        var created = await SahifaCli.RunAsync(["tokens", "create", "--email", email], tokenOutput, tokenOutput, hostArgs);
        Assert.True(created == 0, tokenOutput.ToString());
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenOutput.ToString().Trim());
        return client;
    }

    /// A staff account made with the real CLI, and a client signed in to the newsroom through the
    /// real sign-in form (its cookie kept by the client, as a browser would).
    public async Task<HttpClient> NewsroomClientAsync(string role = StaffRoles.Editor, string? email = null)
    {
        email ??= await StaffAsync(role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.SubmitAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = StaffPassword,
        });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.SeeOther, $"sign-in as {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public const string StaffPassword = "correct horse battery";

    /// A staff account with <see cref="StaffPassword"/>, made with the real CLI; returns its e-mail.
    public async Task<string> StaffAsync(string role = StaffRoles.Editor)
    {
        // The host (and its migrations) must exist before the CLI shares the database.
        _ = Services;
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        using var output = new StringWriter();
        var added = await SahifaCli.RunAsync(["users", "add", "--email", email, "--role", role, "--password", StaffPassword], output, output, Store.HostArgs());
        Assert.True(added == 0, output.ToString());
        return email;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Store.Dispose();
        }
    }
}

/// The same application with the demo content loaded, as a newcomer sees it.
public sealed class DemoSahifaFactory : SahifaFactory
{
    protected override bool LoadDemo => true;
}
