using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Sahifa.Web.Accounts;

namespace Sahifa.Web.Importing;

public static class ImportingModule
{
    /// Bearer-token requests from an admin: importing rewrites the whole site.
    public const string ApiAdmin = "api-admin";

    public static WebApplicationBuilder AddImporting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>()
            .BindConfiguration("Sahifa:Import")
            .Validate(o => o.MaxUploadMegabytes > 0, "Sahifa:Import:MaxUploadMegabytes must be a positive number of megabytes")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultSection), "Sahifa:Import:DefaultSection must name a section")
            .ValidateOnStart();
        builder.Services.AddScoped<ImportWordPress>();
        builder.Services.AddSingleton<ImportWordPress.Gate>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiAdmin, policy => policy
                .AddAuthenticationSchemes(BearerAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin));
        return builder;
    }

    /// After routing: old WordPress addresses, and the newsroom upload's size cap. The cap must
    /// be set before antiforgery reads the form, so it cannot wait for the page's own filters.
    public static IApplicationBuilder UseImporting(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.Equals(UploadModel.Route, StringComparison.OrdinalIgnoreCase))
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes;
                if (context.Request.ContentLength > limit)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return Task.CompletedTask;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = limit + (1024 * 1024);
                }

                context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }

            return next(context);
        }).UseLegacyRedirects();

    public static IEndpointRouteBuilder MapImporting(this IEndpointRouteBuilder app)
    {
        app.MapImportApi();
        return app;
    }
}
