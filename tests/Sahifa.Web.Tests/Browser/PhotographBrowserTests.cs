using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sahifa.Web.Accounts;
using Sahifa.Web.Tests.Media;
using static Microsoft.Playwright.Assertions;

namespace Sahifa.Web.Tests.Browser;

/// A photographer's picture from a phone, through the newsroom to a reader's phone (issue 14):
/// uploaded with the library's plain file input, chosen as an article's lead image in the
/// editor, published, and seen on a 375 px page with its caption and credit and none of the
/// phone's metadata.
public sealed class PhotographBrowserTests(ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [BrowserFact]
    public async Task An_editor_uploads_a_phone_photo_publishes_it_as_the_lead_image_and_a_reader_sees_it_on_a_phone()
    {
        browser.EnsureRunning();
        var email = await browser.StaffAsync(StaffRoles.Editor);
        var file = Path.Combine(Path.GetTempPath(), $"sahifa-phone-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(file, TestPhotos.CameraJpeg(seed: 17));
        try
        {
            int photoId;
            await using (var tab = await browser.OpenAsync(ArticlePageBrowserTests.Desktop, 1000))
            {
                var page = tab.Page;
                await page.GotoAsync("/newsroom/sign-in");
                await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
                await page.GetByLabel("كلمة المرور").FillAsync(SahifaFactory.StaffPassword);
                await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();

                await page.GetByRole(AriaRole.Link, new() { Name = "الصور", Exact = true }).ClickAsync();
                await Expect(page.Locator("h1")).ToHaveTextAsync("مكتبة الصور");
                await page.GetByLabel("الصورة", new() { Exact = true }).SetInputFilesAsync(file);
                await page.GetByLabel("النص البديل").FillAsync("باعة يفرشون الخضار على أرصفة سوق القامشلي");
                await page.GetByRole(AriaRole.Button, new() { Name = "ارفع الصورة" }).ClickAsync();

                await Expect(page.Locator(".notice")).ToContainTextAsync("أُضيفت الصورة");
                await Expect(page).ToHaveURLAsync(new Regex(@"/newsroom/media/\d+$"));
                photoId = int.Parse(Regex.Match(page.Url, @"/(\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                // The caption and credit came out of the file's IPTC fields, read before they were stripped.
                await Expect(page.Locator("#caption")).ToHaveValueAsync(TestPhotos.IptcCaption);
                await Expect(page.Locator("#credit")).ToHaveValueAsync(TestPhotos.IptcCredit);
                await Expect(page.Locator(".media-item img")).ToHaveAttributeAsync("width", "1200");

                await page.GotoAsync("/newsroom/articles/new");
                await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync("سوق القامشلي يستعيد زحامه قبل العيد");
                await page.GetByLabel("المقدمة", new() { Exact = true }).FillAsync("عاد الباعة إلى أرصفة السوق بعد أسابيع من الركود.");
                await page.GetByLabel("القسم", new() { Exact = true }).FillAsync("محليات");
                await page.Locator("#body").FillAsync("امتلأت أرصفة سوق القامشلي صباح الجمعة بالباعة والمتسوقين.");
                var tile = page.Locator($"input[name='Form.ImageId'][value='{photoId}']");
                await tile.CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "نشر أو جدولة" }).ClickAsync();
                await Expect(page.Locator(".notice")).ToHaveTextAsync("نُشرت المادة.");
                await Expect(page.Locator($"input[name='Form.ImageId'][value='{photoId}']")).ToBeCheckedAsync();
                Assert.True(tab.Problems.IsEmpty, string.Join("\n", tab.Problems));
            }

            await using var phone = await browser.OpenAsync(ArticlePageBrowserTests.Phone, 800);
            await phone.Page.GotoAsync("/");
            await phone.Page.GetByRole(AriaRole.Link, new() { Name = "سوق القامشلي يستعيد زحامه قبل العيد" }).First.ClickAsync();
            var lead = phone.Page.Locator("article figure").First;
            await Expect(lead.Locator("img")).ToHaveAttributeAsync("alt", "باعة يفرشون الخضار على أرصفة سوق القامشلي");
            await Expect(lead.Locator("figcaption")).ToContainTextAsync(TestPhotos.IptcCaption);
            await Expect(lead.Locator("figcaption")).ToContainTextAsync(TestPhotos.IptcCredit);

            // Loaded, in the modern format, at a width that suits the phone rather than the largest.
            var shown = await lead.Locator("img").EvaluateAsync<string[]>(
                "img => [String(img.complete && img.naturalWidth > 0), img.currentSrc, String(img.naturalWidth), String(Math.round(img.getBoundingClientRect().width)), String(window.devicePixelRatio)]");
            Assert.Equal("true", shown[0]);
            Assert.Matches($@"/media/{photoId}/\d+-[0-9a-f]+\.webp$", shown[1]);
            Assert.InRange(int.Parse(shown[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(shown[3], System.Globalization.CultureInfo.InvariantCulture), 1000);
            var widths = await phone.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"the article scrolls sideways on a phone: {widths[0]} > {widths[1]}");

            // What the reader's phone downloaded carries no trace of the photographer's phone.
            using var client = new HttpClient { BaseAddress = browser.Root };
            var served = await client.GetByteArrayAsync(new Uri(shown[1]).AbsolutePath);
            Assert.Empty(MediaApiTests.Leaks(served));

            Directory.CreateDirectory(ChromiumFixture.ScreenshotDirectory);
            await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "article-photo-375.png"), FullPage = false });
            Assert.True(phone.Problems.IsEmpty, string.Join("\n", phone.Problems));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
