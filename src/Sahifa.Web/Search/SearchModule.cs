namespace Sahifa.Web.Search;

/// Full-text search over published articles: the index in the data directory, the follower that
/// keeps it current, the page and the API.
public static class SearchModule
{
    /// The page and the API are the same for every reader, so they are cached like other public
    /// pages, keyed also by the index's generation and the equivalents' version: an answer cached
    /// before the index took in a change, or before an editor changed the equivalents, is never
    /// served after it. Nothing is cached while the index is being built. The page's edition is
    /// in its path (`/en/search`), which the cache key carries already.
    public static readonly Caching.PublicPage Results = new(["q", "page", "section", "tag", "type", "from", "to", "sort"], [Caching.PublicPageTags.Search])
    {
        Version = IndexVersion,
    };

    /// The same for the API, whose edition is a parameter.
    public static readonly Caching.PublicPage ApiResults = new(["q", "page", "section", "tag", "type", "edition"], [Caching.PublicPageTags.Search])
    {
        Version = IndexVersion,
    };

    private static string? IndexVersion(HttpContext http) =>
        http.RequestServices.GetRequiredService<SearchIndex>() is { IsRebuilding: false, NeedsRebuild: false } index
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{index.Generation}.{http.RequestServices.GetRequiredService<NewsroomEquivalents>().Version}")
            : null;

    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration("Sahifa:Search")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromMinutes(1), "Sahifa:Search:PollInterval must be between 0 and 1 minute")
            .ValidateOnStart();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<SearchArticles>();
        builder.Services.AddSingleton<NewsroomEquivalents>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NewsroomEquivalents>());
        builder.Services.AddScoped<SaveEquivalents>();
        builder.Services.AddHostedService<IndexFollower>();
        return builder;
    }
}
