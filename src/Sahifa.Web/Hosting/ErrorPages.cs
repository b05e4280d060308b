using Microsoft.AspNetCore.Diagnostics;

namespace Sahifa.Web.Hosting;

/// One place for failures: Arabic pages for readers (Hosting/Error.cshtml), problem JSON under
/// /api. Readers never see exception text; the log gets the details.
public static class ErrorPages
{
    public static WebApplicationBuilder AddErrorPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.Remove("traceId");
            if (context.Exception is BadHttpRequestException bad)
            {
                // Unreadable JSON or an oversized body is the client's mistake, not a 500.
                problem.Status = context.HttpContext.Response.StatusCode = bad.StatusCode;
                problem.Title = "طلب غير صالح";
                problem.Detail = "تعذّرت قراءة الطلب؛ تأكد من أن الجسم JSON صحيح.";
            }

            problem.Extensions.TryAdd("code", problem.Status switch
            {
                400 => "bad_request",
                401 => "unauthorized",
                403 => "forbidden",
                404 => "not_found",
                405 => "method_not_allowed",
                413 => "too_large",
                415 => "unsupported_media_type",
                _ => "server_error",
            });
            if (problem.Status >= 500)
            {
                problem.Title = "خطأ في الخادم";
                problem.Detail = "حدث خطأ غير متوقع وقد سُجّل.";
            }
        });
        return builder;
    }

    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/errors/500");
            pages.UseStatusCodePagesWithReExecute("/errors/{0}");
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
