using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>Small builders for the records the stores take.</summary>
public static class Samples
{
    public static readonly DateTimeOffset T0 = new(2026, 9, 10, 6, 0, 0, TimeSpan.Zero);

    public static readonly ChannelRef DiscordA = new("discord", "100000000000000001");
    public static readonly ChannelRef DiscordB = new("discord", "100000000000000002");
    public static readonly ChannelRef TeamsC = new("teams", "19:abc@thread.tacv2");

    public static Extraction Extraction(string[] countries, Platform[] platforms) => new(
        true, countries, platforms, [Origins.Russia],
        [new Evidence("country", countries.FirstOrDefault() ?? string.Empty, "over Poland"), new Evidence("platform", "drone", "drones \"Gerbera\"")]);

    public static Incident Incident(string[] countries, Platform[] platforms, DateTimeOffset reportedAt, int revision = 1) => new(
        0, countries, platforms, [Origins.Russia], $"{string.Join("/", platforms)} over {string.Join(", ", countries)}",
        "Summary with 'quotes', commas, and ünïcode", reportedAt, reportedAt, reportedAt.AddMinutes(5), true, revision, []);

    public static Report Report(long incidentId, string source, string itemId, string url, DateTimeOffset at) => new(
        0, incidentId, source, itemId, url, UrlCanonicalizer.Canonicalize(url), $"Title {itemId}", $"Summary {itemId}", "Example News",
        at, at.AddMinutes(1), Extraction(["PL"], [Platform.Drone]));

    public static SeenItem Seen(string source, string itemId, string canonicalUrl, DateTimeOffset at, long? reportId = null) =>
        new(source, itemId, canonicalUrl, $"Title {itemId}", reportId is not null, reportId, at);

    public static NewSubscription Subscription(ChannelRef channel, string[] countries, Platform[] platforms, bool isStatic = false) =>
        new(channel, countries.ToHashSet(), platforms.ToHashSet(), isStatic);

    /// <summary>Stores an incident (in its own ingestion transaction) and returns it with its id.</summary>
    public static Task<Incident> StoreIncidentAsync(this IIngestionStore store, Incident incident) =>
        store.RunAsync((session, ct) => session.CreateIncidentAsync(incident, ct), CancellationToken.None);

    public static Task EnqueueAsync(this IIngestionStore store, long incidentId, DateTimeOffset now, params ChannelRef[] channels) =>
        store.RunAsync(async (session, ct) =>
        {
            await session.EnqueueDeliveriesAsync(incidentId, channels, now, ct);
            return true;
        }, CancellationToken.None);
}
