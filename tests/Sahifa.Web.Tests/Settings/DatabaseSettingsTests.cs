using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Data;
using Sahifa.Web.Settings;

namespace Sahifa.Web.Tests.Settings;

public sealed class DatabaseSettingsTests(SahifaFactory site) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task A_setting_saved_by_another_node_appears_within_the_refresh_interval()
    {
        using var reader = site.CreateClient();
        Assert.Equal("صحيفة", (await reader.GetDocumentAsync("/")).Text(".site-name"));

        // Another node's admin saved: the row is in the shared database, this node was not told.
        await WriteAsync(SettingsCatalogue.SiteName, "صوت الجزيرة");
        Assert.Equal("صحيفة", (await reader.GetDocumentAsync("/")).Text(".site-name"));

        site.Clock.Advance(TimeSpan.FromSeconds(5));
        // The refresh runs in the background after the clock's tick.
        await Eventually.WithinAsync(
            async () => (await reader.GetDocumentAsync("/")).Text(".site-name"),
            name => name == "صوت الجزيرة",
            TimeSpan.FromSeconds(5),
            "the site name saved by another node did not appear");
    }

    [Fact]
    public async Task A_row_this_version_cannot_read_is_ignored_and_the_pages_keep_working()
    {
        await WriteAsync(SettingsCatalogue.Digits, "Klingon");
        await WriteAsync(SettingsCatalogue.TimeZone, "Mars/Olympus_Mons");
        await WriteAsync("Sahifa:Site:BaseUrl", "https://evil.example");
        await site.Services.GetRequiredService<SettingsRefresher>().ReloadAsync(CancellationToken.None);

        using var reader = site.CreateClient();
        using var front = await reader.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, front.StatusCode);
        Assert.DoesNotContain("evil.example", await front.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task WriteAsync(string key, string value)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        db.SiteSettings.Add(new SiteSetting { Key = key, Value = value, UpdatedAt = SahifaFactory.Now.UtcDateTime, UpdatedBy = "node-b" });
        await db.SaveChangesAsync();
    }
}
