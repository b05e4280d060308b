using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using Sahifa.Web.Accounts;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Caching;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;
using Sahifa.Web.Demo;
using Sahifa.Web.Editions;
using Sahifa.Web.Feeds;
using Sahifa.Web.Health;
using Sahifa.Web.Importing;
using Sahifa.Web.Localisation;
using Sahifa.Web.Media;
using Sahifa.Web.Newsroom;
using Sahifa.Web.Readers;
using Sahifa.Web.Search;
using Sahifa.Web.Settings;
using Sahifa.Web.Sitemaps;

namespace Sahifa.Web.Hosting;

/// Builds the one application that `serve` runs and every other command reuses, so the server,
/// `migrate` and `users add` can never disagree about the database.
public static class SahifaHost
{
    public static WebApplication Build(string[] args, bool forCommand = false)
    {
        // Named explicitly: when a command runs inside another process (the test host), the entry
        // assembly is not ours and the static assets manifest would be looked up under its name.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SahifaHost).Assembly.GetName().Name,
        });
        if (forCommand)
        {
            // A command's own output is the point (`TOKEN=$(sahifa tokens create ...)`): the host
            // logs only real problems, and to stderr.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            });
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        // Outside Development, ASP.NET Core looks for static files only in the content root's
        // wwwroot, while an unpublished build keeps the precompressed copies (site.css.gz) under
        // obj/: a browser asking for gzip then gets an empty 200. The build's manifest knows where
        // they are; a published app has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        builder.AddArabicEncoding();
        builder.AddErrorPages();
        builder.AddData();
        builder.AddSettings();
        builder.AddEditions();
        builder.AddInterfaceText();
        builder.AddAccounts();
        builder.AddAudit();
        builder.AddArticles();
        builder.AddReaders();
        builder.AddComments();
        builder.AddCorrections();
        builder.AddDemo();
        builder.AddFeeds();
        builder.AddSitemaps();
        builder.AddImporting();
        builder.AddMedia();
        builder.AddSearch();
        builder.AddKeys();
        builder.Services.AddRazorPages().WithRazorPagesRoot("/");
        // After AddRazorPages: its own setup replaces conventions configured before it.
        builder.AddNewsroom();
        builder.AddCaching();

        var app = builder.Build();

        app.UseErrorPages();
        app.UseSecurityHeaders();
        app.UseNewsroomNoStore();
        app.UseEditions();
        // Routing after the error handlers, so a re-executed /errors/404 finds its page.
        app.UseRouting();
        // Public pages are the same for everyone, so a cached copy is served before sign-in,
        // authorisation and the newsroom's checks run: they have nothing to say about it.
        app.UseCaching();
        app.UseImporting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseReaders();
        app.UseAccountRequirements();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapArticlesApi();
        app.MapComments();
        app.MapHealth();
        app.MapFeeds();
        app.MapSitemaps();
        app.MapImporting();
        app.MapMedia();
        app.MapSearchApi();
        return app;
    }

    // Antiforgery and sign-in cookies must survive a restart and work on every node, so the
    // keys live in the database.
    private static void AddKeys(this WebApplicationBuilder builder) =>
        builder.Services.AddDataProtection().SetApplicationName("Sahifa").PersistKeysToDbContext<SahifaDb>();

    // ASP.NET Core's encoders escape every non-ASCII letter by default, so Arabic would come out
    // as &#x627; in pages and \u0627 in JSON: four times the bytes and unreadable. Allow all of
    // Unicode; the HTML-significant characters < > & " ' are still escaped.
    private static void AddArabicEncoding(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
    }
}
