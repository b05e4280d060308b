namespace Sahifa.Web.Corrections;

public static class CorrectionsModule
{
    public static WebApplicationBuilder AddCorrections(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequestCorrection>();
        builder.Services.AddScoped<PublishCorrection>();
        builder.Services.AddScoped<DeclineCorrectionRequest>();
        return builder;
    }
}
