namespace Sahifa.Web.Readers;

/// What protects the readers' forms (comments, correction requests) now that they carry no
/// antiforgery token, so the article page stays the same for every reader and can be cached
/// (DESIGN.md, "Public contract"): a same-origin check (SameOrigin), a rate limit per client
/// (ReaderRateLimit), a honeypot and a signed time stamp (FormStamps). Moderation catches what
/// gets through. Comments and Corrections both use this folder and never each other.
public static class ReadersModule
{
    public static WebApplicationBuilder AddReaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReaderOptions>()
            .BindConfiguration(ReaderOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<FormStamps>();
        builder.Services.AddScoped<ReaderPostCounter>();
        return builder;
    }

    /// The per-client limits on readers' posts; after routing, so it knows which page was asked for.
    public static IApplicationBuilder UseReaders(this IApplicationBuilder app) => app.UseReaderRateLimit();
}
