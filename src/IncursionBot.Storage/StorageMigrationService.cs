using Microsoft.Extensions.Hosting;

namespace IncursionBot.Storage;

/// <summary>Migrates the schema in the host's starting phase, before any hosted service (Quartz, dispatcher) starts.</summary>
internal sealed class StorageMigrationService(StorageMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
