using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sahifa.Arabic;
using Sahifa.Web.Articles;
using Sahifa.Web.Authors;
using Sahifa.Web.Data;
using Sahifa.Web.Sections;
using Sahifa.Web.Sources;

namespace Sahifa.Web.Demo;

public static class DemoModule
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        // Registered after the data module's migration service, so it runs on a migrated database.
        if (!string.Equals(builder.Configuration["SAHIFA_DEMO"], "false", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddHostedService<DemoContent>();
        }

        return builder;
    }
}

/// Loads a dozen demo articles into an empty database, so a newcomer sees a living site.
/// Their dates are relative to now, so the front page always looks current.
public sealed class DemoContent(IServiceProvider services, TimeProvider clock, ILogger<DemoContent> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        if (await db.Articles.AnyAsync(cancellationToken) || await db.Sections.AnyAsync(cancellationToken))
        {
            return;
        }

        var demo = Load();
        var position = 0;
        foreach (var section in demo.Sections)
        {
            db.Sections.Add(new Section { Name = section.Name, Slug = Slugs.FromHeadline(section.Name), Position = position++ });
        }

        foreach (var author in demo.Authors)
        {
            db.Authors.Add(new Author { Name = author.Name, Slug = Slugs.FromHeadline(author.Name), Bio = author.Bio });
        }

        foreach (var source in demo.Sources)
        {
            db.Sources.Add(new Source { Name = source.Name, Slug = Slugs.FromHeadline(source.Name), Url = source.Url });
        }

        await db.SaveChangesAsync(cancellationToken);

        var save = scope.ServiceProvider.GetRequiredService<SaveArticle>();
        var now = clock.GetUtcNow();
        // Oldest first, so ids grow with dates as they would in a real newsroom.
        foreach (var article in demo.Articles.OrderByDescending(a => a.PublishedHoursAgo))
        {
            var id = await save.CreateAsync(article.ToInput(now), cancellationToken);

            // The demo stories were "written" when they were published, not at first start.
            await db.Articles.Where(a => a.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.UpdatedAt, a => a.PublishedAt!.Value), cancellationToken);
        }

        logger.LogInformation("Loaded {Count} demo articles (SAHIFA_DEMO=false turns this off)", demo.Articles.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static DemoFile Load()
    {
        using var stream = typeof(DemoContent).Assembly.GetManifestResourceStream("Sahifa.Web.Demo.demo-articles.json")
            ?? throw new InvalidOperationException("demo-articles.json is not embedded");
        return JsonSerializer.Deserialize<DemoFile>(stream, Json) ?? throw new InvalidOperationException("empty demo file");
    }

    internal sealed record DemoFile(
        List<DemoName> Sections, List<DemoAuthor> Authors, List<DemoSource> Sources, List<DemoArticle> Articles);

    internal sealed record DemoName(string Name);

    internal sealed record DemoAuthor(string Name, string? Bio);

    internal sealed record DemoSource(string Name, string? Url);

    internal sealed record DemoArticle(
        string Title,
        string Standfirst,
        string Section,
        string TypeOfWork,
        BylineInput Byline,
        List<string?> Sources,
        List<TagInput?> Tags,
        double PublishedHoursAgo,
        bool Breaking,
        string Body)
    {
        public ArticleInput ToInput(DateTimeOffset now) => new()
        {
            Title = Title,
            Standfirst = Standfirst,
            Section = Section,
            TypeOfWork = TypeOfWork,
            Byline = Byline,
            Sources = Sources,
            Tags = Tags,
            Body = Body,
            Status = "published",
            Breaking = Breaking,
            PublishedAt = now.AddHours(-PublishedHoursAgo),
        };
    }
}
