namespace Sahifa.Web.Tests.Articles;

public class SmokeTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Health_answers_ok()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
