using Microsoft.AspNetCore.Mvc;

namespace Sahifa.Web.Shared;

/// 303 See Other after a successful form post (Post/Redirect/Get): the browser fetches the next
/// page with GET, so a reload does not send the form again. MVC's redirects give 302.
public sealed class SeeOtherResult(string url) : IActionResult
{
    public string Url { get; } = url;

    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = Url;
        return Task.CompletedTask;
    }
}
