using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;

namespace Sahifa.Web.Tests.Readers;

/// A site whose readers' posts are limited only loosely, for test classes that post many.
public class ReadersSahifaFactory : SahifaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sahifa:Comments:PostsPerWindow", "100000");
    }
}

/// A reader using the article page's forms as a browser would: open the page, take some time
/// to write (the fake clock moves on past the minimum fill time), send the form.
public static class ReaderForms
{
    public static readonly TimeSpan WritingTime = TimeSpan.FromSeconds(30);

    public static async Task<string> CanonicalAsync(this HttpClient client, int articleId)
    {
        using var response = await client.GetAsync(ArticleUrls.CommentForm(articleId).Replace("/comments", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static async Task<HttpResponseMessage> CommentAsync(
        this HttpClient client, SahifaFactory site, int articleId, string name, string email, string body, string? pageUrl = null)
    {
        pageUrl ??= await client.CanonicalAsync(articleId);
        var page = await client.GetDocumentAsync(pageUrl);
        site.Clock.Advance(WritingTime);
        return await client.SendFormAsync(page, "form.comment-form", new Dictionary<string, string>
        {
            ["name"] = name,
            ["email"] = email,
            ["body"] = body,
        });
    }

    /// Posts the form with the headers a browser sends from one of our own pages, unless the test
    /// gives others (null values leave a header out).
    public static async Task<HttpResponseMessage> SendFormAsync(
        this HttpClient client, IDocument page, string formSelector, IDictionary<string, string> values, IDictionary<string, string?>? headers = null)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement?)page.QuerySelector(formSelector)
            ?? throw new Xunit.Sdk.XunitException($"no {formSelector} on the page");
        var fields = Forms.Fields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(fields) };
        headers ??= new Dictionary<string, string?> { ["Origin"] = "http://localhost", ["Sec-Fetch-Site"] = "same-origin" };
        foreach (var (name, value) in headers)
        {
            if (value is not null)
            {
                request.Headers.Add(name, value);
            }
        }

        return await client.SendAsync(request);
    }

    /// The id in `#comment-{id}` of the 303 after posting.
    public static int CommentId(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<T> WithDbAsync<T>(this SahifaFactory site, Func<SahifaDb, Task<T>> action)
    {
        using var scope = site.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<SahifaDb>());
    }
}
