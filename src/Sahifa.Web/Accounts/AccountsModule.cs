using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Sahifa.Web.Data;

namespace Sahifa.Web.Accounts;

public static class AccountsModule
{
    public const string ApiWriter = "api-writer";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SahifaDb>();

        builder.Services.AddScoped<ApiTokens>();
        builder.Services.AddAuthentication(BearerAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiWriter, policy => policy
                .AddAuthenticationSchemes(BearerAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.All));
        return builder;
    }
}
