using Microsoft.Extensions.Options;
using Sahifa.Web.Shared;

namespace Sahifa.Web.Media;

public static class MediaModule
{
    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>()
            .BindConfiguration("Sahifa:Media")
            .ValidateDataAnnotations()
            .Validate(o => o.Widths.All(w => w is >= 16 and <= 8192), "Sahifa:Media:Widths must be between 16 and 8192 pixels")
            .ValidateOnStart();
        builder.Services.AddSingleton<Photographs>();
        builder.Services.AddSingleton(sp => new MediaCache(sp.GetRequiredService<IOptions<MediaOptions>>().Value.MemoryCacheMegabytes));
        builder.Services.AddScoped<UploadMedia>();
        builder.Services.AddScoped<DescribeMedia>();
        // The library's upload form and the editor, which can upload a lead image with the article.
        builder.Services.LimitUploads<MediaOptions>(Newsroom.Media.IndexModel.PagePath, o => o.MaxUploadBytes);
        builder.Services.LimitUploads<MediaOptions>(Newsroom.Articles.EditModel.PagePath, o => o.MaxUploadBytes);
        return builder;
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapServeMedia();
        app.MapMediaApi();
        return app;
    }
}
