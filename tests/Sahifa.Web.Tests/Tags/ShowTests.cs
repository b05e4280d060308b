using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Tags;

public class ShowTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Tag_archive_names_its_kind_and_lists_tagged_stories()
    {
        await factory.PublishAsync(SahifaFactory.Story("مياه عامودا") with { Tags = [new TagInput("عامودا", "place")] });
        await factory.PublishAsync(SahifaFactory.Story("مهرجان عامودا") with { Tags = [new TagInput("عامودا", null), new TagInput("الفلكلور", null)] });
        await factory.PublishAsync(SahifaFactory.Story("خبر بلا وسم"));

        var page = await factory.CreateClient().GetDocumentAsync($"/tags/{Uri.EscapeDataString("عامودا")}");

        Assert.Equal("عامودا", page.Text("h1"));
        Assert.Equal("مكان", page.Text(".archive-header .kicker"));
        Assert.Equal("مادتان", page.Text(".archive-count"));
        Assert.Equal(["مهرجان عامودا", "مياه عامودا"], page.Texts(".card-headline"));
    }
}
