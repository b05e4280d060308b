using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sahifa.Web.Tests.Browser;

/// What AngleSharp cannot see: the page as Chromium lays it out with the real stylesheet and the
/// Noto Arabic fonts, on a phone-sized and a desktop-sized window.
public sealed partial class ArticlePageBrowserTests(ChromiumFixture browser, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>
{
    public const int Phone = 375;
    public const int Desktop = 1280;

    // Every element whose box reaches past the left or right edge of the viewport, unless an
    // ancestor clips or scrolls it (the section navigation scrolls sideways on purpose). Both
    // edges count: in a right-to-left page overflow grows to the left, into negative x.
    internal const string MeasureOverflow = """
        () => {
          const viewport = document.documentElement.clientWidth;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          const selector = e => {
            const parts = [];
            for (; e && e !== document.body; e = e.parentElement) parts.unshift(name(e));
            return ['body', ...parts].join(' > ');
          };
          const contained = e => {
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
              if (getComputedStyle(p).overflowX !== 'visible') return true;
            }
            return false;
          };
          const offenders = [];
          for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if ((r.left < -0.5 || r.right > viewport + 0.5) && !contained(e)) {
              const text = (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
              offenders.push(`${selector(e)} spans x ${Math.round(r.left)}..${Math.round(r.right)} of 0..${viewport} «${text}»`);
            }
          }
          return {
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            offenders,
          };
        }
        """;

    [BrowserTheory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public async Task Lead_article_reads_right_to_left_and_fits_the_screen(int width)
    {
        browser.EnsureRunning();

        await using var tab = await browser.OpenAsync(width);
        var page = tab.Page;
        await page.GotoAsync("/");
        var lead = page.Locator(".lead-headline a");
        var headline = (await lead.InnerTextAsync()).Trim();

        await lead.ClickAsync();
        await page.WaitForURLAsync(ArticleUrl());
        await AssertStyledAsync(page);

        Assert.Equal("ar", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).direction"));
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(headline);
        await Expect(page.Locator("h1")).ToBeInViewportAsync(new() { Ratio = 1 });
        await AssertFitsHorizontallyAsync(page, width);
        await SaveScreenshotAsync(page, $"article-{width}.png");
        AssertNothingFailed(tab);
    }

    [BrowserTheory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public async Task Skip_link_appears_when_a_keyboard_reader_tabs_into_the_article(int width)
    {
        browser.EnsureRunning();

        await using var tab = await browser.OpenAsync(width);
        var page = tab.Page;
        // The id-only URL answers 301 to the canonical one; the browser follows it.
        await page.GotoAsync("/articles/13");
        Assert.Matches(ArticleUrl(), page.Url);

        await AssertStyledAsync(page);
        var skip = page.Locator("a.skip-link");
        // Off-screen until focused: not a sliver of it shows.
        var hidden = await skip.BoundingBoxAsync();
        Assert.NotNull(hidden);
        Assert.True(hidden.Y + hidden.Height <= 0, $"the skip link shows before it is focused: {hidden.Y + hidden.Height} px visible");

        await page.Keyboard.PressAsync("Tab");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await Expect(skip).ToBeInViewportAsync(new() { Ratio = 1 });

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#content")).ToBeFocusedAsync();
        Assert.EndsWith("#content", page.Url, StringComparison.Ordinal);
        AssertNothingFailed(tab);
    }

    [BrowserFact]
    public async Task Front_page_fits_a_phone_screen()
    {
        browser.EnsureRunning();

        await using var tab = await browser.OpenAsync(Phone);
        var page = tab.Page;
        await page.GotoAsync("/");
        await AssertStyledAsync(page);

        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).direction"));
        await Expect(page.Locator(".lead-headline a")).ToBeVisibleAsync();
        await AssertFitsHorizontallyAsync(page, Phone);
        await SaveScreenshotAsync(page, $"front-{Phone}.png");
        AssertNothingFailed(tab);
    }

    [BrowserFact]
    public async Task Every_demo_article_fits_a_phone_screen()
    {
        browser.EnsureRunning();

        // The demo stories are the messy copy a real desk writes: long Latin names, Eastern
        // digits, quotes and tables. The API lists them all with their canonical URLs.
        using var http = new HttpClient { BaseAddress = browser.Root };
        var list = await http.GetFromJsonAsync<ArticleList>("/api/v1/articles?pageSize=100");
        Assert.NotNull(list);
        Assert.True(list.Articles.Count >= 13, $"expected the 13 demo articles, the API lists {list.Articles.Count}");

        await using var tab = await browser.OpenAsync(Phone);
        var page = tab.Page;
        var failures = new List<string>();
        foreach (var article in list.Articles)
        {
            await page.GotoAsync(article.Url);
            await AssertStyledAsync(page);
            var overflow = await page.EvaluateAsync<Overflow>(MeasureOverflow);
            if (overflow.ScrollWidth > overflow.InnerWidth || overflow.Offenders.Length > 0)
            {
                var shot = await SaveScreenshotAsync(page, $"overflow-article-{article.Id}-{Phone}.png");
                failures.Add($"{article.Url} (scrollWidth {overflow.ScrollWidth}, see {shot}):\n  " + string.Join("\n  ", overflow.Offenders));
            }
        }

        Assert.True(failures.Count == 0, "horizontal overflow at 375 px:\n" + string.Join("\n", failures));
        AssertNothingFailed(tab);
    }

    private static void AssertNothingFailed(BrowserPage tab) =>
        Assert.True(tab.Problems.IsEmpty, $"{tab.Page.Url}:\n" + string.Join("\n", tab.Problems));

    // An unstyled page fits any screen, so first make sure site.css arrived and parsed.
    private static async Task AssertStyledAsync(IPage page)
    {
        var rules = await page.EvaluateAsync<int[]>("() => [...document.styleSheets].map(s => s.cssRules.length)");
        Assert.True(rules.Length > 0 && rules.All(n => n > 0), $"{page.Url} has a stylesheet that did not load: rule counts [{string.Join(", ", rules)}]");
    }

    private static async Task AssertFitsHorizontallyAsync(IPage page, int width)
    {
        var overflow = await page.EvaluateAsync<Overflow>(MeasureOverflow);

        Assert.Equal(width, overflow.InnerWidth);
        Assert.True(
            overflow.ScrollWidth <= overflow.InnerWidth,
            $"{page.Url} scrolls sideways at {width} px: scrollWidth {overflow.ScrollWidth} > innerWidth {overflow.InnerWidth}\n"
            + string.Join("\n", overflow.Offenders));
        Assert.True(
            overflow.Offenders.Length == 0,
            $"{page.Url} at {width} px has elements past the edge of the viewport:\n" + string.Join("\n", overflow.Offenders));
    }

    private async Task<string> SaveScreenshotAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(ChromiumFixture.ScreenshotDirectory);
        var path = Path.Combine(ChromiumFixture.ScreenshotDirectory, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
        return path;
    }

    [GeneratedRegex(@"/articles/\d+/[^/?#]+$")]
    private static partial Regex ArticleUrl();

    // Filled by Playwright from the script's result, which needs a parameterless constructor.
    internal sealed class Overflow
    {
        public int ScrollWidth { get; set; }
        public int InnerWidth { get; set; }
        public string[] Offenders { get; set; } = [];
    }

    private sealed record ArticleList(List<ArticleLink> Articles);

    private sealed record ArticleLink(int Id, string Url);
}
