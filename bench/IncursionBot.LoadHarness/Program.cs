using System.Diagnostics;
using System.Text.Json.Nodes;
using IncursionBot.Core.Clustering;
using IncursionBot.Core.Delivery;
using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ingestion;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.LoadHarness;
using IncursionBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

// Ingestion and delivery throughput on a real database: the evaluation items, each repeated under distinct URLs,
// go through dedup, extraction, clustering, storage and matching; then the dispatcher drains the outbox through a
// chat adapter that answers at once, so the figures are the bot's own cost, not a chat platform's.
// Usage: dotnet run -c Release --project bench/IncursionBot.LoadHarness -- [copies=10] [channels=50] [connection string]
var copies = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var channels = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
var folder = Directory.CreateTempSubdirectory("incursionbot-load-");
var connection = args.Length > 2 ? args[2] : $"Data Source={Path.Combine(folder.FullName, "load.db")}";
var provider = connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite";

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:Provider"] = provider,
    ["Storage:ConnectionString"] = connection,
}).Build();
await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().BuildServiceProvider();
await services.GetRequiredService<StorageMigrator>().MigrateAsync(CancellationToken.None);
var subscriptions = services.GetRequiredService<ISubscriptionStore>();
var clock = new HarnessClock(DateTimeOffset.UtcNow);
for (var c = 0; c < channels; c++)
{
    await subscriptions.AddAsync(new NewSubscription(new ChannelRef("load", $"channel-{c}"), new HashSet<string>(), new HashSet<Platform>(), false), clock.GetUtcNow().AddDays(-1), CancellationToken.None);
}

var items = LoadItems(copies, clock.GetUtcNow());
var ingestion = new IngestionService(
    services.GetRequiredService<IIngestionStore>(), subscriptions, new GazetteerExtractor(), new IncidentClusterer(), clock, NullLogger<IngestionService>.Instance);
var source = new SourceDefinition("load", "rss", "https://load.example/", null, TimeSpan.FromMinutes(15), TimeSpan.FromDays(3650), true);

var watch = Stopwatch.StartNew();
var summary = await ingestion.IngestAsync(source, items, CancellationToken.None);
var ingestSeconds = watch.Elapsed.TotalSeconds;

var adapter = new InstantAdapter();
var dispatcher = new DeliveryDispatcher(
    services.GetRequiredService<IDeliveryStore>(), services.GetRequiredService<IIncidentStore>(), subscriptions, [adapter],
    new DeliveryOptions { GroupThreshold = int.MaxValue, BatchSize = 200 }, clock, NullLogger<DeliveryDispatcher>.Instance);
watch.Restart();
while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0)
{
    clock.Advance(TimeSpan.FromMilliseconds(1));
}

var deliverSeconds = watch.Elapsed.TotalSeconds;
Console.WriteLine($"provider {provider}, {items.Count} items ({copies} copies of the evaluation set), {channels} channels subscribed to everything");
Console.WriteLine($"ingest: {summary.NewIncidents} new incidents, {summary.Merged} merged, {summary.NotIncursions} not incursions, {summary.Alerted} deliveries queued in {ingestSeconds:F2} s = {items.Count / ingestSeconds:F0} items/s");
Console.WriteLine($"deliver: {adapter.Sent} sends in {deliverSeconds:F2} s = {adapter.Sent / deliverSeconds:F0} deliveries/s");
folder.Delete(recursive: true);

static List<SourceItem> LoadItems(int copies, DateTimeOffset now)
{
    using var stream = typeof(InstantAdapter).Assembly.GetManifestResourceStream("items.jsonl")!;
    using var reader = new StreamReader(stream);
    var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
    // Each copy is a distinct day, so copies are new events rather than more reports of the first copy's events.
    return Enumerable.Range(0, copies)
        .SelectMany(copy => lines.Select(item => new SourceItem(
            "load", $"{item["id"]}-{copy}", $"{item["url"]}?copy={copy}", item["title"]!.GetValue<string>(),
            item["text"]?.GetValue<string>() ?? string.Empty, now.AddDays(-3 * copy))))
        .ToList();
}
