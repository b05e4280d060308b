using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Sahifa.Web.Data;

namespace Sahifa.Web.Accounts;

public static class AccountsModule
{
    public const string ApiWriter = "api-writer";

    // Every staff cookie lives under this path: public pages never receive one, so they stay
    // anonymous and cacheable, and a public form cannot carry a staff member's authority.
    public const string NewsroomPath = "/newsroom";

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
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SahifaDb>()
            .AddSignInManager()
            .AddErrorDescriber<ArabicIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticator>(TokenOptions.DefaultAuthenticatorProvider);

        builder.Services.AddOptions<AccountOptions>().BindConfiguration("Sahifa:Accounts");
        builder.Services.AddScoped<ApiTokens>();
        builder.Services.AddScoped<AddStaffMember>();
        builder.Services.AddScoped<ManageStaffMember>();
        builder.Services.AddAuthentication(BearerAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null)
            .AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "sahifa_staff";
            StaffCookie(options);
            options.LoginPath = NewsroomPath + "/sign-in";
            options.LogoutPath = NewsroomPath + "/sign-out";
            // A role that may not do something gets a plain 403 (and the Arabic error page), not
            // a redirect that would look like success to a script.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
        });
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, StaffCookie);
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, StaffCookie);
        // "Sign out everywhere" changes the security stamp; checking it on every staff request
        // makes that immediate on every node instead of within the default half hour.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = "sahifa_staff_af";
            o.Cookie.Path = NewsroomPath;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        var authorization = builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiWriter, policy => policy
                .AddAuthenticationSchemes(BearerAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.All));
        StaffPolicies.Add(authorization);
        return builder;
    }

    private static void StaffCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Path = NewsroomPath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        // Secure whenever the request came over HTTPS; a plain-HTTP development server still works.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }
}
