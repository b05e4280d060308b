using Sahifa.Web.Shared;

namespace Sahifa.Web.Articles;

public static class ArticlesModule
{
    public static WebApplicationBuilder AddArticles(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration("Sahifa:Site")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Sahifa:Site:TimeZone is not a known IANA time zone")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiteDates>();
        builder.Services.AddSingleton(new ArticleBody());
        builder.Services.AddScoped<SaveArticle>();
        return builder;
    }
}
