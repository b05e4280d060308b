namespace Sahifa.Web.Comments;

public static class CommentsModule
{
    public static WebApplicationBuilder AddComments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CommentOptions>()
            .BindConfiguration("Sahifa:Comments")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddReaderPosts();
        builder.Services.AddScoped<PostComment>();
        builder.Services.AddScoped<ModerateComments>();
        return builder;
    }

    /// The per-client limits on readers' posts; after routing, so it knows which page was asked for.
    public static IApplicationBuilder UseReaderPostLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    public static IEndpointRouteBuilder MapComments(this IEndpointRouteBuilder app)
    {
        app.MapCommentsApi();
        return app;
    }
}
