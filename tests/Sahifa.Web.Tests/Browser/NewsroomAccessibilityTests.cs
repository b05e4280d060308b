using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sahifa.Web.Accounts;
using Sahifa.Web.Comments;
using Sahifa.Web.Corrections;
using Sahifa.Web.Data;
using Sahifa.Web.Tests.Newsroom;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sahifa.Web.Tests.Browser;

/// The staff pages through axe-core, as the public pages already are through Lighthouse (issue 20,
/// point 10): every newsroom page, on a phone and a desktop, in the light and the dark scheme.
/// One page per account is loaded once and measured four times (viewport and scheme change
/// in place), so the whole audit costs one page load per URL.
public sealed class NewsroomAccessibilityTests(ChromiumFixture browser, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly int[] Widths = [ArticlePageBrowserTests.Phone, ArticlePageBrowserTests.Desktop];
    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    // axe's default rules (WCAG 2.0-2.2 A and AA, and the best practices Lighthouse also checks:
    // landmarks, heading order) plus target-size, WCAG 2.2's 24 px tap targets.
    private static readonly AxeRunOptions Options = new()
    {
        Rules = new Dictionary<string, RuleOptions> { ["target-size"] = new() { Enabled = true } },
        ResultTypes = [ResultType.Violations],
    };

    // The DOM is the same at every width and in both schemes: only layout and colour change, so
    // after the full run at the desktop width in light, these are the rules worth running again.
    private static readonly AxeRunOptions LayoutAndColour = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "rule",
            Values = ["color-contrast", "link-in-text-block", "target-size", "scrollable-region-focusable"],
        },
        ResultTypes = [ResultType.Violations],
    };

    // A link styled as a button is hovered before it is clicked: the state axe never sees unless asked.
    private static readonly AxeRunOptions ContrastOnly = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] },
        ResultTypes = [ResultType.Violations],
    };

    [BrowserFact]
    public async Task Every_newsroom_page_passes_axe_on_a_phone_and_a_desktop_in_light_and_dark()
    {
        browser.EnsureRunning();
        var (articleId, requestId, photoId) = await SeedQueuesAsync();
        var admin = await browser.StaffAsync(StaffRoles.Admin);
        var writer = await browser.StaffAsync(StaffRoles.Writer);
        var twoFactor = await TwoFactorStaffAsync();
        var violations = new List<string>();

        // Signed out: the sign-in form, then the same form answering a wrong password.
        await using (var anonymous = await browser.OpenAsync(ArticlePageBrowserTests.Desktop))
        {
            await AuditAsync(anonymous.Page, "/newsroom/sign-in", violations);
            await anonymous.Page.GetByLabel("البريد الإلكتروني").FillAsync(admin);
            await anonymous.Page.GetByLabel("كلمة المرور").FillAsync("not the password");
            await anonymous.Page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
            await Expect(anonymous.Page.Locator(".form-error")).ToBeVisibleAsync();
            await AuditLoadedAsync(anonymous.Page, "/newsroom/sign-in (wrong password)", violations);
        }

        // The second step, reached the only way it can be: a right password for a two-factor account.
        await using (var stepTwo = await browser.OpenAsync(ArticlePageBrowserTests.Desktop))
        {
            await SignInAsync(stepTwo.Page, twoFactor);
            await Expect(stepTwo.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/newsroom/sign-in/two-factor"));
            await AuditLoadedAsync(stepTwo.Page, "/newsroom/sign-in/two-factor", violations);
        }

        string[] adminPages =
        [
            "/newsroom",
            "/newsroom/articles",
            "/newsroom/articles/new",
            $"/newsroom/articles/{articleId}",
            $"/newsroom/articles/{articleId}/history",
            "/newsroom/comments",
            $"/newsroom/comments/articles/{articleId}",
            "/newsroom/corrections",
            $"/newsroom/corrections/{requestId}",
            $"/newsroom/corrections/new?article={articleId}",
            "/newsroom/audit",
            "/newsroom/settings",
            "/newsroom/staff",
            $"/newsroom/staff/{await browser.Site.IdOfAsync(writer)}",
            "/newsroom/staff/new",
            "/newsroom/account",
            "/newsroom/account/two-factor",
            "/newsroom/import",
            "/newsroom/media",
            $"/newsroom/media/{photoId}",
            "/newsroom/search-terms",
        ];
        await using (var staff = await browser.OpenAsync(ArticlePageBrowserTests.Desktop))
        {
            await SignInAsync(staff.Page, admin);
            foreach (var url in adminPages)
            {
                await AuditAsync(staff.Page, url, violations);
            }

            // For a person to look at: an Arabic page that passes axe can still look wrong.
            await staff.Page.GotoAsync("/newsroom");
            await staff.Page.SetViewportSizeAsync(ArticlePageBrowserTests.Phone, 800);
            foreach (var scheme in Schemes)
            {
                await staff.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
                Directory.CreateDirectory(ChromiumFixture.ScreenshotDirectory);
                var path = Path.Combine(ChromiumFixture.ScreenshotDirectory, $"newsroom-desk-{ArticlePageBrowserTests.Phone}-{scheme.ToString().ToLowerInvariant()}.png");
                await staff.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
                output.WriteLine($"screenshot: {path}");
            }

            Assert.True(staff.Problems.IsEmpty, string.Join("\n", staff.Problems));
        }

        // A writer's desk and menu differ from an admin's.
        await using (var desk = await browser.OpenAsync(ArticlePageBrowserTests.Desktop))
        {
            await SignInAsync(desk.Page, writer);
            await AuditAsync(desk.Page, "/newsroom (writer)", violations, "/newsroom");
        }

        Assert.True(violations.Count == 0, $"axe found {violations.Count} violations:\n{string.Join("\n", violations)}");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/newsroom/sign-in");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(SahifaFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private async Task AuditAsync(IPage page, string name, List<string> violations, string? url = null)
    {
        var response = await page.GotoAsync(url ?? name);
        Assert.True(response?.Status == 200, $"{name} answered {response?.Status}");
        await AuditLoadedAsync(page, name, violations);
    }

    /// The page as it is now: every rule at the desktop width in light, the layout and colour
    /// rules at both widths in both schemes, and its button-links hovered;
    /// restores the desktop light view.
    private async Task AuditLoadedAsync(IPage page, string name, List<string> violations)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var checkedRules = 0;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 800);
            foreach (var scheme in Schemes)
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                var full = width == ArticlePageBrowserTests.Desktop && scheme == ColorScheme.Light;
                var result = await page.RunAxe(full ? Options : LayoutAndColour);
                checkedRules = Math.Max(checkedRules, result.Passes.Length + result.Violations.Length);
                foreach (var violation in result.Violations)
                {
                    foreach (var node in violation.Nodes)
                    {
                        violations.Add(Describe(name, width, scheme, violation, node));
                    }
                }
            }
        }

        await page.SetViewportSizeAsync(ArticlePageBrowserTests.Desktop, 800);
        foreach (var scheme in Schemes)
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var links = page.Locator("a.button");
            for (var i = 0; i < await links.CountAsync(); i++)
            {
                await links.Nth(i).HoverAsync();
                var result = await links.Nth(i).RunAxe(ContrastOnly);
                foreach (var violation in result.Violations)
                {
                    foreach (var node in violation.Nodes)
                    {
                        violations.Add(Describe($"{name} (hovered)", ArticlePageBrowserTests.Desktop, scheme, violation, node));
                    }
                }
            }

            await page.Mouse.MoveAsync(0, 0);
        }

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        output.WriteLine($"{name}: {checkedRules} rules applied, {started.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Describe(string page, int width, ColorScheme scheme, AxeResultItem violation, AxeResultNode node)
    {
        // axe's own explanation carries the numbers: contrast ratio and colours, sizes, what is missing.
        var why = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).FirstOrDefault();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{page} at {width} px, {scheme.ToString().ToLowerInvariant()}: {violation.Id} ({violation.Impact}) on {node.Target}: {why}");
    }

    /// Something in each queue, so the queues show rows, not their empty state.
    private async Task<(int ArticleId, int RequestId, int PhotoId)> SeedQueuesAsync()
    {
        using var scope = browser.Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SahifaDb>();
        var now = browser.Site.Clock.GetUtcNow().UtcDateTime;
        var articleId = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        db.Comments.Add(new Comment
        {
            ArticleId = articleId,
            AuthorName = "ليلى داود",
            Email = "layla@example.org",
            EmailKey = "layla@example.org",
            Body = "شكرًا على التقرير، هل من أرقام عن العام الماضي؟",
            Status = CommentStatus.Pending,
            CreatedAt = now,
        });
        db.Comments.Add(new Comment
        {
            ArticleId = articleId,
            AuthorName = "سامر الحلبي",
            Email = "samer@example.org",
            EmailKey = "samer@example.org",
            Body = "تقرير دقيق.",
            Status = CommentStatus.Approved,
            CreatedAt = now.AddMinutes(-30),
            ModeratedAt = now,
            ModeratedByName = "editor@example.org",
        });
        var request = new CorrectionRequest
        {
            ArticleId = articleId,
            Name = "نور",
            Email = "nour@example.org",
            EmailKey = "nour@example.org",
            Quote = "",
            Details = "الرقم في الفقرة الثانية غير صحيح، المصدر يقول 4500 لا 4000.",
            CreatedAt = now,
        };
        db.CorrectionRequests.Add(request);
        await db.SaveChangesAsync();
        var upload = scope.ServiceProvider.GetRequiredService<Sahifa.Web.Media.UploadMedia>();
        var photo = (Sahifa.Web.Media.UploadMedia.Outcome.Stored)await upload.UploadAsync(
            Media.TestPhotos.CameraJpeg(seed: 3), new Sahifa.Web.Media.MediaInput { Alt = "سوق الخضار في القامشلي" }, null, default);
        return (articleId, request.Id, photo.Id);
    }

    /// An account whose password alone leads to the second sign-in step.
    private async Task<string> TwoFactorStaffAsync()
    {
        var email = await browser.StaffAsync(StaffRoles.Editor);
        using var scope = browser.Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return email;
    }
}
