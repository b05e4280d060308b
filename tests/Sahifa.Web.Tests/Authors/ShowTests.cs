using Sahifa.Web.Articles;

namespace Sahifa.Web.Tests.Authors;

public class ShowTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Author_page_lists_their_bylines_including_shared_ones()
    {
        await factory.PublishAsync(SahifaFactory.Story("مقابلة مع مزارع") with { Byline = new BylineInput(null, ["هيفاء الأحمد", "سلمان الفرج"]) });
        await factory.PublishAsync(SahifaFactory.Story("تقرير عن القمح") with { Byline = new BylineInput(null, ["هيفاء الأحمد"]) });
        await factory.PublishAsync(SahifaFactory.Story("مادة من القسم") with { Byline = new BylineInput("قسم الأخبار", null) });

        var page = await factory.CreateClient().GetDocumentAsync($"/authors/{Uri.EscapeDataString("هيفاء-الأحمد")}");

        Assert.Equal("هيفاء الأحمد", page.Text("h1"));
        Assert.Equal("مادتان", page.Text(".archive-count"));
        Assert.Equal(["تقرير عن القمح", "مقابلة مع مزارع"], page.Texts(".card-headline"));
    }
}
