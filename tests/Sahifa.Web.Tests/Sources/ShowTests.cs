namespace Sahifa.Web.Tests.Sources;

public class ShowTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Source_page_lists_every_article_citing_it()
    {
        await factory.PublishAsync(SahifaFactory.Story("أسعار الخبز") with { Sources = ["مرصد الأسواق", "Euphrates Wire"] });
        await factory.PublishAsync(SahifaFactory.Story("سعر الصرف") with { Sources = ["مرصد الأسواق"] });
        await factory.PublishAsync(SahifaFactory.Story("خبر آخر") with { Sources = ["Euphrates Wire"] });

        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync($"/sources/{Uri.EscapeDataString("مرصد-الأسواق")}");
        var latin = await client.GetDocumentAsync("/sources/euphrates-wire");

        Assert.Equal("مرصد الأسواق", page.Text("h1"));
        Assert.Equal("مادتان", page.Text(".archive-count"));
        Assert.Equal(["سعر الصرف", "أسعار الخبز"], page.Texts(".card-headline"));
        Assert.Equal("Euphrates Wire", latin.Text("h1"));
    }
}
