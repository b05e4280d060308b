using Sahifa.Web.Accounts;
using Sahifa.Web.Shared;

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
        builder.Services.LimitUploads<ImportOptions>(Newsroom.Import.IndexModel.PagePath, o => o.MaxUploadBytes);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiAdmin, policy => policy
                .AddAuthenticationSchemes(BearerAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin));
        return builder;
    }

    /// After routing: old WordPress addresses.
    public static IApplicationBuilder UseImporting(this IApplicationBuilder app) => app.UseLegacyRedirects();

    public static IEndpointRouteBuilder MapImporting(this IEndpointRouteBuilder app)
    {
        app.MapImportApi();
        return app;
    }
}
