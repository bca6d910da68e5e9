using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>
/// The storage services as the host builds them (configuration, <c>AddStorage</c>). A new instance on the same
/// database stands for a restart or for a second process: it has its own connections and pools.
/// </summary>
public sealed class StorageHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StorageHost(ServiceProvider services) => _services = services;

    public IIngestionStore Ingestion => Get<IIngestionStore>();

    public IIncidentStore Incidents => Get<IIncidentStore>();

    public ISubscriptionStore Subscriptions => Get<ISubscriptionStore>();

    public IDeliveryStore Deliveries => Get<IDeliveryStore>();

    public ISourceStateStore SourceStates => Get<ISourceStateStore>();

    public IStorageHealth Health => Get<IStorageHealth>();

    public IAdapterStateStore AdapterState => Get<IAdapterStateStore>();

    public IInstanceLock InstanceLock => Get<IInstanceLock>();

    public StorageMigrator Migrator => Get<StorageMigrator>();

    internal StorageDatabase Database => Get<StorageDatabase>();

    public static StorageHost Build(string provider, string connectionString, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddStorage();
        return new StorageHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public static async Task<StorageHost> StartAsync(TestDatabase database, IDictionary<string, string?>? extra = null)
    {
        var host = Build(database.Provider, database.ConnectionString, extra);
        await host.Migrator.MigrateAsync(CancellationToken.None);
        return host;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
