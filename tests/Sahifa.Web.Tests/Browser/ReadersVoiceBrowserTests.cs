using Microsoft.Playwright;
using Sahifa.Web.Accounts;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sahifa.Web.Tests.Browser;

/// Issue 5 end to end in Chromium: a reader comments and reports an error without JavaScript
/// doing anything special, an editor approves and accepts in the newsroom, and both show on the
/// article.
public sealed class ReadersVoiceBrowserTests(ChromiumFixture browser, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>
{
    [BrowserFact]
    public async Task A_readers_comment_and_correction_reach_the_article_after_an_editor_approves_and_accepts_them()
    {
        browser.EnsureRunning();

        var site = browser.Site;
        const string comment = "شكرًا على التغطية، متى يفتح الجسر للحافلات؟";
        const string note = "ذكرنا في نسخة سابقة رقمًا غير دقيق، وصحّحناه.";

        // The reader.
        await using var reader = await browser.OpenAsync(ArticlePageBrowserTests.Phone, 900);
        var page = reader.Page;
        await page.GotoAsync("/articles/13");
        var article = page.Url;
        var form = page.Locator("form.comment-form");
        await form.Locator("input[name=name]").FillAsync("أم سليم");
        await form.Locator("input[name=email]").FillAsync("um.salim@example.org");
        await form.Locator("textarea[name=body]").FillAsync(comment);
        // People take a while to write; the site's clock is the test's, so it is moved on by hand.
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".comment-awaiting")).ToBeVisibleAsync();
        Assert.Contains("?awaiting=", page.Url, StringComparison.Ordinal);

        await page.Locator(".correction-invite a").ClickAsync();
        var correction = page.Locator("form.correction-request-form");
        await correction.Locator("input[name=name]").FillAsync("سليم");
        await correction.Locator("input[name=email]").FillAsync("salim@example.org");
        await correction.Locator("textarea[name=details]").FillAsync("الرقم المذكور في الفقرة الأولى غير صحيح.");
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await correction.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#correction .notice")).ToContainTextAsync("وصل طلب التصحيح");
        await SaveScreenshotAsync(page, "readers-voice-sent.png");

        // The editor.
        var email = await site.StaffAsync(StaffRoles.Editor);
        await using var desk = await browser.OpenAsync(ArticlePageBrowserTests.Desktop);
        var newsroom = desk.Page;
        await newsroom.GotoAsync("/newsroom/sign-in");
        await newsroom.Locator("#email").FillAsync(email);
        await newsroom.Locator("#password").FillAsync(SahifaFactory.StaffPassword);
        await newsroom.Locator("main button[type=submit]").ClickAsync();
        await newsroom.WaitForURLAsync(url => url.EndsWith("/newsroom", StringComparison.Ordinal));

        await newsroom.GotoAsync("/newsroom/comments");
        var row = newsroom.Locator("tr.queued-comment", new() { HasText = comment });
        await row.Locator("button[value^='approve:']").ClickAsync();
        await Expect(newsroom.Locator(".notice")).ToContainTextAsync("نُشر");

        await newsroom.GotoAsync("/newsroom/corrections");
        await newsroom.Locator("tr.correction-request", new() { HasText = "الرقم المذكور" }).Locator("a").First.ClickAsync();
        var accept = newsroom.Locator("form.accept-form");
        await accept.Locator("select[name=Kind]").SelectOptionAsync("correction");
        await accept.Locator("textarea[name=Text]").FillAsync(note);
        await accept.Locator("button[type=submit]").ClickAsync();
        await Expect(newsroom.Locator(".notice")).ToContainTextAsync("قُبل الطلب");
        await SaveScreenshotAsync(newsroom, "readers-voice-newsroom.png");

        // Both on the article.
        await page.GotoAsync(article);
        await Expect(page.Locator("article.comment .comment-body")).ToContainTextAsync(comment);
        await Expect(page.Locator(".corrections-serious .correction-text")).ToHaveTextAsync(note);
        await Expect(page.Locator(".article-meta .comment-count")).ToHaveTextAsync("تعليق واحد");
        await SaveScreenshotAsync(page, "readers-voice-article.png");
        Assert.True(reader.Problems.IsEmpty, string.Join("\n", reader.Problems));
        Assert.True(desk.Problems.IsEmpty, string.Join("\n", desk.Problems));
    }

    private async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(ChromiumFixture.ScreenshotDirectory);
        var path = Path.Combine(ChromiumFixture.ScreenshotDirectory, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
