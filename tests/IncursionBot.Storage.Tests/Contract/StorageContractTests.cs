using IncursionBot.Core.Ports;
using IncursionBot.Storage.Tests.Infrastructure;
using IncursionBot.Testing;

namespace IncursionBot.Storage.Tests.Contract;

/// <summary>
/// The behaviour every storage provider must show, written once. Each concrete class supplies a fresh, empty
/// database per test; <see cref="Host"/> is already migrated, and <see cref="RestartAsync"/> opens another
/// instance on the same database (a restart, or a second process).
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private readonly List<StorageHost> _hosts = [];

    protected TestDatabase Database { get; private set; } = null!;

    protected StorageHost Host { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = new(Samples.T0);

    protected static CancellationToken None => CancellationToken.None;

    /// <summary>The schema version this provider's migrations end at.</summary>
    protected abstract int ExpectedSchemaVersion { get; }

    protected abstract TestDatabase CreateDatabase();

    public async Task InitializeAsync()
    {
        Database = CreateDatabase();
        await Database.CreateAsync();
        Host = await RestartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    protected async Task<StorageHost> RestartAsync(IDictionary<string, string?>? extra = null)
    {
        var host = await StorageHost.StartAsync(Database, extra);
        _hosts.Add(host);
        return host;
    }

    [StorageFact]
    public async Task Migrations_are_idempotent_across_calls_and_restarts()
    {
        Assert.Equal(ExpectedSchemaVersion, await Host.Migrator.MigrateAsync(None));
        var second = await RestartAsync();
        Assert.Equal(ExpectedSchemaVersion, await second.Migrator.MigrateAsync(None));

        var versions = await second.Database.ReadAsync((s, ct) => s.QueryAsync("SELECT version FROM schema_version ORDER BY version", r => r.Int("version"), ct), None);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Equal(ExpectedSchemaVersion, versions[^1]);
    }

    [StorageFact]
    public async Task Health_reports_provider_and_schema_version()
    {
        var status = await Host.Health.CheckAsync(None);

        Assert.True(status.Healthy, status.Detail);
        Assert.Equal(Database.Provider, status.Provider);
        Assert.Equal(ExpectedSchemaVersion, status.SchemaVersion);
        Assert.DoesNotContain("Password", status.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [StorageFact]
    public async Task Source_state_round_trips_and_saving_again_overwrites()
    {
        Assert.Null(await Host.SourceStates.GetAsync("tvn24", None));
        var first = new SourceState("tvn24", "\"etag-1\"", "Wed, 10 Sep 2026 05:00:00 GMT", Samples.T0, Samples.T0, null, 0, Samples.T0.AddMinutes(5));
        await Host.SourceStates.SaveAsync(first, None);
        await Host.SourceStates.SaveAsync(SourceState.New("err"), None);

        var failed = first with { ETag = null, LastError = "HTTP 503", ConsecutiveFailures = 2, LastPollAt = Samples.T0.AddMinutes(5) };
        await Host.SourceStates.SaveAsync(failed, None);

        var restarted = await RestartAsync();
        Assert.Equal(failed, await restarted.SourceStates.GetAsync("tvn24", None));
        Assert.Equal(["err", "tvn24"], (await restarted.SourceStates.ListAsync(None)).Select(s => s.Name));
        Assert.Equal(SourceState.New("err"), await restarted.SourceStates.GetAsync("err", None));
    }
}
