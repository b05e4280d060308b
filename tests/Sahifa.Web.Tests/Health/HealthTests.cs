namespace Sahifa.Web.Tests.Health;

public class HealthTests(SahifaFactory factory) : IClassFixture<SahifaFactory>
{
    [Fact]
    public async Task Healthz_answers_ok_when_the_database_answers()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }
}
