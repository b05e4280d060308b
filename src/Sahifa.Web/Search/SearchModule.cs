namespace Sahifa.Web.Search;

/// Full-text search over published articles: the index in the data directory, the follower that
/// keeps it current, the page and the API.
public static class SearchModule
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration("Sahifa:Search")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromMinutes(1), "Sahifa:Search:PollInterval must be between 0 and 1 minute")
            .ValidateOnStart();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<SearchArticles>();
        builder.Services.AddHostedService<IndexFollower>();
        return builder;
    }
}
