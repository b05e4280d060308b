using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sahifa.Web.Articles;
using Sahifa.Web.Audit;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Newsroom.Articles;

public sealed class SchedulingTests
{
    private static Dictionary<string, string> Scheduled(string title, string localTime) => new()
    {
        ["Form.Title"] = title,
        ["Form.Standfirst"] = "مقدمة.",
        ["Form.Body"] = "نص المادة.",
        ["Form.Section"] = "اقتصاد",
        ["Form.PublishAt"] = localTime,
        ["action"] = "publish",
    };

    private static async Task<T> InDbAsync<T>(SahifaFactory site, Func<SahifaDb, Task<T>> read)
    {
        using var scope = site.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }

    [Fact]
    public async Task A_scheduled_article_stays_hidden_until_its_time_and_is_then_published_once()
    {
        using var site = new SahifaFactory();
        using var editor = await site.NewsroomClientAsync();
        // The site's clock reads 2026-03-01 10:00 UTC, 13:00 in Damascus; schedule for 15:00 there.
        using var response = await editor.SubmitAsync("/newsroom/articles/new", Scheduled("موازنة المحافظة للعام المقبل", "2026-03-01T15:00"));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var article = await InDbAsync(site, db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), article.PublishedAt);

        using var reader = site.CreateClient();
        using var before = await reader.GetAsync(ArticleUrls.Article(id, article.Slug));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        site.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        await reader.GetDocumentAsync(ArticleUrls.Article(id, article.Slug));

        // The scheduler marks it published on its next tick, and exactly once.
        await Eventually.WithinAsync(
            async () =>
            {
                site.Clock.Advance(ScheduledPublishing.Interval);
                return await InDbAsync(site, db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()) == ArticleStatus.Published;
            },
            TimeSpan.FromSeconds(10),
            "the scheduler did not publish the article");

        // "Exactly once" is about a publish that must not happen, and nothing can be awaited for
        // what does not happen: a few more ticks and a short real wait give a second one its chance.
        site.Clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        var published = await InDbAsync(site, db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ArticlePublished && e.Subject.StartsWith($"مقال {id}:")));
        Assert.Equal(1, published);
        Assert.Equal(1, await InDbAsync(site, db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ArticleScheduled && e.Subject.StartsWith($"مقال {id}:"))));
    }

    [Fact]
    public async Task Several_schedulers_racing_publish_each_article_once_and_catch_up_on_everything_due()
    {
        using var site = new SahifaFactory();
        var ids = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add(await site.PublishAsync(SahifaFactory.Story($"مادة مجدولة رقم {i}", hoursAgo: -i)));
        }

        Assert.All(await InDbAsync(site, db => db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Status).ToListAsync()), s => Assert.Equal(ArticleStatus.Scheduled, s));

        // As if the node had been down for four hours: everything fell due meanwhile. Several
        // schedulers (nodes) wake at once; each article must be claimed by one of them.
        site.Clock.Advance(TimeSpan.FromHours(4));
        var schedulers = Enumerable.Range(0, 4)
            .Select(_ => new ScheduledPublishing(site.Services.GetRequiredService<IServiceScopeFactory>(), site.Clock, NullLogger<ScheduledPublishing>.Instance))
            .ToList();
        var claimed = (await Task.WhenAll(schedulers.Select(s => s.PublishDueAsync(CancellationToken.None)))).SelectMany(x => x).ToList();
        claimed.AddRange(await site.Services.GetRequiredService<ScheduledPublishing>().PublishDueAsync(CancellationToken.None));

        Assert.True(claimed.Count <= 3);
        Assert.All(await InDbAsync(site, db => db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Status).ToListAsync()), s => Assert.Equal(ArticleStatus.Published, s));
        foreach (var id in ids)
        {
            Assert.Equal(1, await InDbAsync(site, db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ArticlePublished && e.Subject.StartsWith($"مقال {id}:"))));
        }
    }
}
