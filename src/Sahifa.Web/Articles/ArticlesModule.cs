using Sahifa.Web.Shared;

namespace Sahifa.Web.Articles;

public static class ArticlesModule
{
    public static WebApplicationBuilder AddArticles(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration("Sahifa:Site")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Sahifa:Site:TimeZone is not a known IANA time zone")
            .Validate(o => SiteOptions.IsValidBaseUrl(o.BaseUrl), "Sahifa:Site:BaseUrl must be an http or https origin such as https://sahifa.example, without a path")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiteDates>();
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton<StructuredData>();
        builder.Services.AddSingleton(new ArticleBody());
        builder.Services.AddScoped<SaveArticle>();
        builder.Services.AddSingleton<ScheduledPublishing>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishing>());
        return builder;
    }
}
