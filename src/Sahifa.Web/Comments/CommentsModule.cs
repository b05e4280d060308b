namespace Sahifa.Web.Comments;

public static class CommentsModule
{
    public static WebApplicationBuilder AddComments(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CommentOptions>()
            .BindConfiguration("Sahifa:Comments")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PostComment>();
        builder.Services.AddScoped<ModerateComments>();
        return builder;
    }

    public static IEndpointRouteBuilder MapComments(this IEndpointRouteBuilder app)
    {
        app.MapCommentsApi();
        return app;
    }
}
