using Sahifa.Web.Accounts;

namespace Sahifa.Web.Newsroom;

public static class NewsroomModule
{
    public static WebApplicationBuilder AddNewsroom(this WebApplicationBuilder builder)
    {
        // Every page under Newsroom/ needs a signed-in member of staff unless it says otherwise;
        // a page that needs more (editors, admins) says so with [Authorize(Policy = ...)].
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Newsroom", StaffPolicies.Staff);
            options.Conventions.AllowAnonymousToPage("/Newsroom/SignIn");
            options.Conventions.AllowAnonymousToPage("/Newsroom/Account/SignInTwoFactor");
            // The editor answers both for a new article and for an existing one.
            options.Conventions.AddPageRoute("/Newsroom/Articles/Edit", "newsroom/articles/new");
        });
        // TempData notices ("3 comments approved") ride in a cookie: keep it with the other staff
        // cookies under /newsroom, so public pages never receive one and stay cacheable.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = "sahifa_staff_notice";
            options.Cookie.Path = AccountsModule.NewsroomPath;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    /// Staff pages carry antiforgery tokens and personal data: never stored by a browser or a cache.
    public static IApplicationBuilder UseNewsroomNoStore(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(AccountsModule.NewsroomPath, StringComparison.Ordinal))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return next(context);
        });
}
