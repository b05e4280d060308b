using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sahifa.Web.Articles;
using Sahifa.Web.Cli;

namespace Sahifa.Web.Tests.Cli;

/// Backups round-trip on whichever store the lane runs: SQLite's online backup, or pg_dump.
public sealed class BackupCommandsTests : IDisposable
{
    private readonly SahifaFactory _factory = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), "sahifa-backups", $"{Guid.NewGuid():N}.backup");

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SahifaCli.RunAsync(args, output, error, _factory.Store.HostArgs());
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<int> PhotoAsync(int seed)
    {
        using var scope = _factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<Sahifa.Web.Media.UploadMedia>()
            .UploadAsync(Media.TestPhotos.CameraJpeg(seed: seed), new Sahifa.Web.Media.MediaInput { Alt = "صورة" }, null, default);
        return Assert.IsType<Sahifa.Web.Media.UploadMedia.Outcome.Stored>(stored).Id;
    }

    private async Task<List<string>> PathsAsync(int photo)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Sahifa.Web.Data.SahifaDb>();
        return await db.MediaFiles.Where(f => f.MediaItemId == photo).OrderBy(f => f.Path).Select(f => f.Path).ToListAsync();
    }

    private async Task<string> EverythingPublishedAsync() =>
        await _factory.CreateClient().GetStringAsync("/api/v1/articles?pageSize=100");

    [Fact]
    public async Task Restore_brings_back_exactly_what_the_backup_held()
    {
        await _factory.PublishAsync(SahifaFactory.Story("«الإدارة الــذاتية» تعلن ٣ معابر عبر M4", "سياسة", hoursAgo: 5) with
        {
            Byline = new BylineInput(null, ["ليلى داود"]),
            Sources = ["Euphrates Wire"],
            Tags = [new TagInput("الحسكة", "place")],
        });
        await _factory.PublishAsync(SahifaFactory.Story("سعر الخبز في القامشلي", "اقتصاد", hoursAgo: 2));
        // The photographs live in the database, so the backup holds them: bytes and all.
        var photo = await PhotoAsync(7);
        var photoPaths = await PathsAsync(photo);
        var photoBytes = await Task.WhenAll(photoPaths.Select(p => _factory.CreateClient().GetByteArrayAsync(p)));
        var before = await EverythingPublishedAsync();

        var backup = await RunAsync("backup", _file);
        Assert.True(backup.Exit == 0, backup.Error);
        var later = await _factory.PublishAsync(SahifaFactory.Story("خبر نُشر بعد النسخة الاحتياطية"));
        var laterPhotoPaths = await PathsAsync(await PhotoAsync(8));
        Assert.NotEqual(before, await EverythingPublishedAsync());

        var restore = await RunAsync("restore", _file);
        Assert.True(restore.Exit == 0, restore.Error);
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();

        Assert.Equal(before, await EverythingPublishedAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/articles/{later}")).StatusCode);
        for (var i = 0; i < photoPaths.Count; i++)
        {
            Assert.Equal(photoBytes[i], await _factory.CreateClient().GetByteArrayAsync(photoPaths[i]));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync(laterPhotoPaths[0])).StatusCode);
        var page = await _factory.CreateClient().GetAsync("/tags/" + Uri.EscapeDataString("الحسكة"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_refused_and_the_site_is_untouched()
    {
        await _factory.PublishAsync(SahifaFactory.Story("خبر يبقى كما هو"));
        var before = await EverythingPublishedAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        await File.WriteAllTextAsync(_file, "<rss>not a backup</rss>");

        var (exit, _, error) = await RunAsync("restore", _file);

        Assert.Equal(1, exit);
        Assert.Contains("not a", error);
        Assert.Equal(before, await EverythingPublishedAsync());
    }

    [Fact]
    public async Task Restoring_a_missing_file_fails_clearly()
    {
        var (exit, _, error) = await RunAsync("restore", _file + ".missing");

        Assert.Equal(1, exit);
        Assert.Contains("no such file", error);
    }

    public void Dispose()
    {
        _factory.Dispose();
        if (File.Exists(_file))
        {
            File.Delete(_file);
        }
    }
}
