namespace Sahifa.Web.Data;

// Hosted services start before the server listens, so no request ever meets an old schema.
internal sealed class MigrateOnStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
