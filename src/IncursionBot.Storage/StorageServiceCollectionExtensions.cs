using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;
using IncursionBot.Storage.Postgres;
using IncursionBot.Storage.Sqlite;
using IncursionBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Storage;

/// <summary>Registers the SQLite or PostgreSQL stores chosen by the <c>Storage</c> section.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/> (at start), registers every Core storage port as a
    /// singleton, <see cref="StorageMigrator"/>, and a hosted service that migrates the schema before other
    /// hosted services start. Commands that do not run the host call <see cref="StorageMigrator.MigrateAsync"/> themselves.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => new StorageDatabase(CreateDialect(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
        services.TryAddSingleton(sp => new StorageMigrator(
            sp.GetRequiredService<StorageDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StorageMigrator>>()));
        services.TryAddSingleton<IIngestionStore, IngestionStore>();
        services.TryAddSingleton<IIncidentStore, IncidentStore>();
        services.TryAddSingleton<ISubscriptionStore, SubscriptionStore>();
        services.TryAddSingleton<IDeliveryStore, DeliveryStore>();
        services.TryAddSingleton<ISourceStateStore, SourceStateStore>();
        services.TryAddSingleton<IStorageHealth, StorageHealth>();
        services.TryAddSingleton<IAdapterStateStore, AdapterStateStore>();
        services.TryAddSingleton<IInstanceLock, InstanceLock>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        return services;
    }

    private static SqlDialect CreateDialect(StorageOptions options) => options.IsPostgres
        ? new PostgresDialect(options.EffectiveConnectionString)
        : new SqliteDialect(options.EffectiveConnectionString, options.LockTimeout);
}
