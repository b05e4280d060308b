using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sahifa.Web.Editions;

public static class EditionsModule
{
    public static WebApplicationBuilder AddEditions(this WebApplicationBuilder builder)
    {
        // Read when first needed (the middleware asks at start-up), from the configuration as the
        // host finally has it: a test's or an environment's settings included.
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>().GetSection("Sahifa:Editions").Get<List<EditionOptions>>() ?? [];
            return SiteEditions.Problem(configured) is { } problem
                ? throw new InvalidOperationException(problem)
                : new SiteEditions(configured);
        });
        builder.Services.Configure<MvcOptions>(o => o.Filters.Add<EditionCulture>());
        return builder;
    }

    /// Before routing: `/en/sections/x` is routed as `/sections/x` in the English edition.
    public static IApplicationBuilder UseEditions(this IApplicationBuilder app) => app.UseMiddleware<EditionPaths>();

    /// The edition the request is in: the one its path names, or the article's on its page.
    public static Edition Edition(this HttpContext http) =>
        http.Features.Get<EditionFeature>()?.Edition ?? http.RequestServices.GetRequiredService<SiteEditions>().Primary;

    /// An article page, or a reader's form for an article, is in the article's edition.
    public static void SetEdition(this HttpContext http, Edition edition)
    {
        http.Features.Set(new EditionFeature(edition));
        CultureInfo.CurrentUICulture = edition.Culture;
    }
}

public sealed record EditionFeature(Edition Edition);

/// Sets the interface language for the page about to render: a handler may have moved the
/// request into its article's edition, and a culture set inside an async handler does not flow
/// back out of it.
internal sealed class EditionCulture(SiteEditions editions) : IAsyncResultFilter
{
    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.Controller is IInArticleEdition { ArticleEdition: { } code })
        {
            http.SetEdition(editions.Of(code));
        }
        else if (!StaffLanguage.IsNewsroom(http.Request.Path))
        {
            CultureInfo.CurrentUICulture = http.Edition().Culture;
        }

        return next();
    }
}

/// A page about one article (a reader's form, a "what changed" view): it speaks the article's
/// language whatever path it is on.
public interface IInArticleEdition
{
    string? ArticleEdition { get; }
}
