using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Articles;

/// The durable change feed other nodes follow: every save that changes an article says so, in the
/// same transaction.
public class ArticleChangeTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    private async Task<List<int>> ChangedSinceAsync(long position)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        return await db.ArticleChanges.After(position).Select(c => c.ArticleId).ToListAsync();
    }

    private async Task<long> PositionAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        return await db.ArticleChanges.MaxAsync(c => (long?)c.Id) ?? 0;
    }

    [Fact]
    public async Task Publishing_editing_and_deleting_an_article_each_record_a_change()
    {
        var start = await PositionAsync();
        var id = await factory.PublishAsync(SahifaFactory.Story("افتتاح جسر جديد في دير الزور"));
        Assert.Equal([id], await ChangedSinceAsync(start));

        var afterPublish = await PositionAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var input = SahifaFactory.Story("افتتاح جسر جديد في دير الزور بعد ترميمه") with { Tags = [new("الجسور", null)] };
            await scope.ServiceProvider.GetRequiredService<SaveArticle>().UpdateAsync(id, input, CancellationToken.None);
        }

        Assert.Equal([id], await ChangedSinceAsync(afterPublish));

        var afterEdit = await PositionAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            var article = await db.Articles.Include(a => a.Tags).Include(a => a.Authors).Include(a => a.Sources).SingleAsync(a => a.Id == id);
            db.Remove(article);
            await db.SaveChangesAsync();
        }

        Assert.Equal([id], await ChangedSinceAsync(afterEdit));
    }

    [Fact]
    public async Task Renaming_a_tag_records_a_change_for_every_article_carrying_it()
    {
        var tagged = SahifaFactory.Story("مياه الشرب تعود إلى الحسكة") with { Tags = [new("محطة علوك", null)] };
        var first = await factory.PublishAsync(tagged);
        var second = await factory.PublishAsync(tagged with { Title = "محطة علوك تتوقف مجددا" });
        var start = await PositionAsync();

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            var tag = await db.Tags.SingleAsync(t => t.Name == "محطة علوك");
            tag.Name = "محطة مياه علوك";
            await db.SaveChangesAsync();
        }

        Assert.Equal([first, second], (await ChangedSinceAsync(start)).Order());
    }

    [Fact]
    public async Task Bulk_updates_record_their_changes_through_the_helper()
    {
        var id = await factory.PublishAsync(SahifaFactory.Story("خبر يُسحب بتحديث جماعي"));
        var start = await PositionAsync();

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Unpublished));
            Assert.Empty(await ChangedSinceAsync(start));
            db.Record([id], SahifaFactory.Now.UtcDateTime);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal([id], await ChangedSinceAsync(start));
    }
}
