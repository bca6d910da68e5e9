using IncursionBot.Core.Delivery;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Storage;
using IncursionBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncursionBot.EndToEnd.Tests.Delivery;

/// <summary>A real SQLite outbox in a temporary folder, with helpers to store incidents and build dispatchers.</summary>
public sealed class OutboxFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestWorkspace _workspace;

    private OutboxFixture(ServiceProvider services, TestWorkspace workspace)
    {
        _services = services;
        _workspace = workspace;
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 10, 6, 0, 0, TimeSpan.Zero));

    public IDeliveryStore Deliveries => _services.GetRequiredService<IDeliveryStore>();

    public ISubscriptionStore Subscriptions => _services.GetRequiredService<ISubscriptionStore>();

    public static async Task<OutboxFixture> CreateAsync()
    {
        var workspace = new TestWorkspace();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(workspace.Directory, "outbox.db")}",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().BuildServiceProvider();
        await services.GetRequiredService<StorageMigrator>().MigrateAsync(CancellationToken.None);
        return new OutboxFixture(services, workspace);
    }

    /// <summary>Stores an incident and queues it for the channels, as ingestion would.</summary>
    public async Task<Incident> AddIncidentAsync(string country, params ChannelRef[] channels)
    {
        var now = Clock.GetUtcNow();
        return await _services.GetRequiredService<IIngestionStore>().RunAsync(async (session, ct) =>
        {
            var incident = await session.CreateIncidentAsync(new Incident(
                0, [country], [Platform.Drone], [Origins.Russia], $"Drone incursion — {country}", "summary", now, now, now, true, 1, []), ct);
            await session.AddReportAsync(new Report(
                0, incident.Id, "test", $"item-{incident.Id}", $"https://news.example.org/{incident.Id}", $"https://news.example.org/{incident.Id}",
                $"Report {incident.Id}", "summary", "example", now, now, Extraction.None), ct);
            await session.EnqueueDeliveriesAsync(incident.Id, channels, now, ct);
            return incident;
        }, CancellationToken.None);
    }

    public DeliveryDispatcher Dispatcher(IChatAdapter adapter, DeliveryOptions? options = null) => new(
        Deliveries,
        _services.GetRequiredService<IIncidentStore>(),
        Subscriptions,
        [adapter],
        options ?? new DeliveryOptions { BackoffBase = TimeSpan.FromSeconds(1) },
        Clock,
        NullLogger<DeliveryDispatcher>.Instance);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _workspace.Dispose();
    }
}
