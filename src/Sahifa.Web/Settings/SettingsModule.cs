namespace Sahifa.Web.Settings;

public static class SettingsModule
{
    /// After AddData: the refresher's first read must come after the migrations.
    public static WebApplicationBuilder AddSettings(this WebApplicationBuilder builder)
    {
        var source = new DatabaseSettings();
        ((IConfigurationBuilder)builder.Configuration).Add(source);
        builder.Services.AddSingleton(source);
        builder.Services.AddOptions<SettingsOptions>().BindConfiguration("Sahifa:Settings");
        builder.Services.AddSingleton<SettingsRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SettingsRefresher>());
        builder.Services.AddScoped<SaveSettings>();
        return builder;
    }
}
