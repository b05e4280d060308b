using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sahifa.Web.Tests;

/// Posts a page's form the way a browser does: every field the form carries (hidden ones such as
/// the antiforgery token included), with the test's values laid over them.
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, IDictionary<string, string> values, string formSelector = "main form", string? submitter = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return await client.SubmitAsync(page, values, formSelector, submitter, pageUrl);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IDocument page, IDictionary<string, string> values, string formSelector = "main form", string? submitter = null, string? pageUrl = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"no form '{formSelector}' on {pageUrl}");
        var fields = Fields(form, submitter);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl ?? page.Url;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// A file attached to a form's file input, as a browser sends it.
    public sealed record Upload(string Field, byte[] Content, string FileName = "photo.jpg", string ContentType = "image/jpeg");

    /// The same as a browser sends a form with a file input: multipart, every field as a part.
    public static async Task<HttpResponseMessage> SubmitWithFileAsync(
        this HttpClient client, string pageUrl, IDictionary<string, string> values, Upload? file, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"no form '{formSelector}' on {pageUrl}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var fields = Fields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await client.PostAsync(action, content);
    }

    public static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form, string? submitter = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    // A file input's file is the caller's to attach (SubmitWithFileAsync).
                    if (input.Type is "submit" or "file")
                    {
                        break;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlButtonElement button when submitter is not null && button.Name == submitter:
                    fields.Add(new(button.Name, button.Value));
                    break;
            }
        }

        return fields;
    }
}
