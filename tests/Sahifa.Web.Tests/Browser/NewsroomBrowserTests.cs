using Microsoft.Playwright;
using Sahifa.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Sahifa.Web.Tests.Browser;

/// An editor's morning in a real browser: sign in, write, preview, publish, and find the story
/// on the public site.
public sealed class NewsroomBrowserTests(ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [BrowserFact]
    public async Task An_editor_signs_in_writes_previews_and_publishes_an_arabic_article()
    {
        browser.EnsureRunning();

        var email = await browser.StaffAsync(StaffRoles.Editor);
        await using var tab = await browser.OpenAsync(1280, 1000);
        var page = tab.Page;

        await page.GotoAsync("/newsroom/articles/new");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/newsroom/sign-in"));
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(SahifaFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("مقال جديد");

        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync("مزارعو الحسكة يبدؤون حصاد القمح مبكرًا");
        await page.GetByLabel("المقدمة", new() { Exact = true }).FillAsync("ارتفاع الحرارة دفع المزارعين إلى الحصاد قبل موعده بأسبوعين.");
        await page.GetByLabel("القسم", new() { Exact = true }).FillAsync("اقتصاد");
        await page.Locator("#body").FillAsync("بدأ المزارعون في ريف الحسكة حصاد القمح هذا الأسبوع.\n\n## الأسعار\n\nقالت مديرية الزراعة إن سعر الطن بلغ 4500 ليرة وفق تسعيرة FAO.");
        await page.Locator("#sources").FillAsync("مديرية الزراعة في الحسكة");
        await page.Locator("#places").FillAsync("الحسكة");

        await page.GetByRole(AriaRole.Button, new() { Name = "معاينة" }).ClickAsync();
        var preview = page.Locator(".preview article");
        await Expect(preview.Locator("h1")).ToHaveTextAsync("مزارعو الحسكة يبدؤون حصاد القمح مبكرًا");
        await Expect(preview.Locator(".article-body h2")).ToHaveTextAsync("الأسعار");
        await Expect(preview.Locator(".sources li")).ToHaveTextAsync("مديرية الزراعة في الحسكة");
        // The form survived the preview with what was typed.
        await Expect(page.Locator("#body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("FAO"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#body')).direction"));
        await SaveScreenshotAsync(page, "newsroom-preview-1280.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "نشر أو جدولة" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("نُشرت المادة.");
        await page.GetByRole(AriaRole.Link, new() { Name = "المادة على الموقع" }).ClickAsync();
        await Expect(page.Locator("h1#headline")).ToHaveTextAsync("مزارعو الحسكة يبدؤون حصاد القمح مبكرًا");
        await Expect(page.Locator(".article-body h2")).ToHaveTextAsync("الأسعار");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "مزارعو الحسكة يبدؤون حصاد القمح مبكرًا" }).First).ToBeVisibleAsync();
        Assert.True(tab.Problems.IsEmpty, string.Join("\n", tab.Problems));
    }

    [BrowserFact]
    public async Task The_editor_fits_a_reporters_phone()
    {
        browser.EnsureRunning();

        var email = await browser.StaffAsync(StaffRoles.Writer);
        await using var tab = await browser.OpenAsync(375, 800);
        var page = tab.Page;
        await page.GotoAsync("/newsroom/sign-in");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(SahifaFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await page.GotoAsync("/newsroom/articles/new");
        await Expect(page.Locator("h1")).ToHaveTextAsync("مقال جديد");

        await SaveScreenshotAsync(page, "newsroom-editor-375.png");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var wide = await page.EvaluateAsync<string[]>("() => [...document.body.querySelectorAll('*')].filter(e => { const r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > window.innerWidth + 0.5; }).map(e => e.tagName + '.' + e.className + '#' + e.id)");
        Assert.True(widths[0] <= widths[1], $"the editor scrolls sideways on a phone: {widths[0]} > {widths[1]}: {string.Join(", ", wide)}");
        Assert.True(tab.Problems.IsEmpty, string.Join("\n", tab.Problems));
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ChromiumFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, name), FullPage = true });
    }
}
