namespace Sahifa.Web.Tests.Browser;

public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        await using var site = new BrowserSahifaFactory();
        var root = site.Start();
        output.WriteLine(root.ToString());
        using var http = new HttpClient();
        var html = await http.GetStringAsync(new Uri(root, "/"));
        output.WriteLine(html[..500]);
        var css = await http.GetAsync(new Uri(root, "/css/site.css"));
        output.WriteLine($"css {(int)css.StatusCode} {css.Content.Headers.ContentLength}");
    }
}
