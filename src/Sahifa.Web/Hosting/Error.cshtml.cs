using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Sahifa.Web.Hosting;

[ResponseCache(NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<Localisation.InterfaceText> text) : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Message) Text => Code switch
    {
        // Outside the newsroom a 403 is a readers' form sent from another site.
        403 when !FromNewsroom => Words("403.Elsewhere"),
        403 or 404 or 405 or 410 or 413 or 429 => Words(Code.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        >= 400 and < 500 => Words("4xx"),
        _ => Words("5xx"),
    };

    private (string Title, string Message) Words(string key) => (text[$"Error.{key}.Title"], text[$"Error.{key}.Message"]);

    private bool FromNewsroom =>
        (HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "")
            .StartsWith(Accounts.AccountsModule.NewsroomPath, StringComparison.Ordinal);

    public void OnGet(int code) => Handle(code);

    public void OnPost(int code) => Handle(code);

    private void Handle(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code is >= 400 and <= 599 ? code : 404;
        if (!reExecuted)
        {
            // Visiting /errors/404 directly still answers with that status, never 200.
            Response.StatusCode = Code;
        }
    }
}
