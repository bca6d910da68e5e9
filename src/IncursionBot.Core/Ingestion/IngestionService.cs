using IncursionBot.Core.Alerts;
using IncursionBot.Core.Clustering;
using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Core.Ingestion;

/// <summary>
/// Turns a source's items into incidents: dedup, extraction, clustering, storage, matching and the delivery
/// rows, each item in one transaction so a crash never leaves an item half-processed.
/// </summary>
public sealed partial class IngestionService(
    IIngestionStore ingestionStore,
    ISubscriptionStore subscriptions,
    IIncursionExtractor extractor,
    IIncidentClusterer clusterer,
    TimeProvider time,
    ILogger<IngestionService> logger)
{
    public async Task<IngestionSummary> IngestAsync(SourceDefinition source, IReadOnlyList<SourceItem> items, CancellationToken cancellationToken)
    {
        var index = new SubscriptionIndex(await subscriptions.ListAllAsync(cancellationToken));
        int duplicates = 0, notIncursions = 0, created = 0, merged = 0, alerted = 0;
        foreach (var item in items)
        {
            var (outcome, alerts) = await IngestOneAsync(source, item, index, cancellationToken);
            switch (outcome)
            {
                case IngestionOutcome.Duplicate: duplicates++; break;
                case IngestionOutcome.NotIncursion: notIncursions++; break;
                case IngestionOutcome.NewIncident: created++; break;
                case IngestionOutcome.MergedIntoIncident: merged++; break;
            }

            alerted += alerts;
        }

        return new IngestionSummary(items.Count, duplicates, notIncursions, created, merged, alerted);
    }

    private async Task<(IngestionOutcome Outcome, int Channels)> IngestOneAsync(
        SourceDefinition source, SourceItem item, SubscriptionIndex index, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var canonicalUrl = item.Url is { Length: > 0 } url ? UrlCanonicalizer.Canonicalize(url) : $"{item.SourceName}:{item.ItemId}";
        var text = item.Text.Length > IngestionLimits.ExtractionTextLength ? item.Text[..IngestionLimits.ExtractionTextLength] : item.Text;
        var extraction = extractor.Extract(item.Title, text);
        var reportedAt = item.PublishedAt is { } published && published < now ? published : now;
        var alertable = now - reportedAt <= source.MaxItemAge;

        return await ingestionStore.RunAsync(async (session, ct) =>
        {
            if (await session.IsSeenAsync(item.SourceName, item.ItemId, canonicalUrl, ct))
            {
                return (IngestionOutcome.Duplicate, 0);
            }

            if (!extraction.IsIncursion)
            {
                await session.RecordSeenAsync(new SeenItem(item.SourceName, item.ItemId, canonicalUrl, item.Title, false, null, now), ct);
                return (IngestionOutcome.NotIncursion, 0);
            }

            var candidates = await session.GetIncidentsSinceAsync(reportedAt - clusterer.Window, ct);
            var match = clusterer.FindMatch(new ClusterCandidate(item, canonicalUrl, extraction, reportedAt), candidates);
            var incident = match is null
                ? await session.CreateIncidentAsync(NewIncident(item, extraction, reportedAt, now, alertable), ct)
                : Merge(match, extraction, reportedAt, alertable);
            if (match is not null)
            {
                await session.UpdateIncidentAsync(incident, ct);
            }

            var report = await session.AddReportAsync(new Report(
                0, incident.Id, item.SourceName, item.ItemId, item.Url ?? string.Empty, canonicalUrl, item.Title,
                Summarize(item), item.Outlet, reportedAt, now, extraction), ct);
            await session.RecordSeenAsync(new SeenItem(item.SourceName, item.ItemId, canonicalUrl, item.Title, true, report.Id, now), ct);

            var channels = incident.Alertable ? index.MatchChannels(incident) : [];
            if (channels.Count > 0)
            {
                await session.EnqueueDeliveriesAsync(incident.Id, channels, now, ct);
            }

            if (match is null)
            {
                LogNewIncident(item.SourceName, incident.Id, incident.Headline, channels.Count, incident.Alertable);
                return (IngestionOutcome.NewIncident, channels.Count);
            }

            LogMerged(item.SourceName, incident.Id, incident.Revision, channels.Count);
            return (IngestionOutcome.MergedIntoIncident, channels.Count);
        }, cancellationToken);
    }

    private static Incident NewIncident(SourceItem item, Incidents.Extraction extraction, DateTimeOffset reportedAt, DateTimeOffset now, bool alertable) => new(
        0,
        extraction.Countries,
        extraction.Platforms,
        extraction.Origins,
        AlertComposer.Headline(extraction.Platforms, extraction.Countries),
        Summarize(item),
        reportedAt,
        reportedAt,
        now,
        alertable,
        Revision: 1,
        Reports: []);

    private static Incident Merge(Incident incident, Incidents.Extraction extraction, DateTimeOffset reportedAt, bool alertable)
    {
        var countries = incident.Countries.Union(extraction.Countries).ToArray();
        var platforms = incident.Platforms.Union(extraction.Platforms).Order().ToArray();
        var origins = MergeOrigins(incident.Origins, extraction.Origins);
        return incident with
        {
            Countries = countries,
            Platforms = platforms,
            Origins = origins,
            Headline = AlertComposer.Headline(platforms, countries),
            FirstReportedAt = reportedAt < incident.FirstReportedAt ? reportedAt : incident.FirstReportedAt,
            LastReportedAt = reportedAt > incident.LastReportedAt ? reportedAt : incident.LastReportedAt,
            Alertable = incident.Alertable || alertable,
            Revision = incident.Revision + 1,
        };
    }

    /// <summary>A known origin from any report replaces "unknown".</summary>
    private static IReadOnlyList<string> MergeOrigins(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var known = first.Union(second).Where(o => o != Origins.Unknown).Order(StringComparer.Ordinal).ToArray();
        return known.Length > 0 ? known : [Origins.Unknown];
    }

    private static string Summarize(SourceItem item)
    {
        var text = item.Text.Trim().Length > 0 ? item.Text.Trim() : item.Title.Trim();
        return TextAlertRenderer.Truncate(TextAlertRenderer.OneLine(text), IngestionLimits.SummaryLength);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "New incident {IncidentId} from {SourceName}: {Headline}; {ChannelCount} channel(s) to alert (alertable: {Alertable})")]
    private partial void LogNewIncident(string sourceName, long incidentId, string headline, int channelCount, bool alertable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report from {SourceName} attached to incident {IncidentId} (revision {Revision}); {ChannelCount} channel(s) to update")]
    private partial void LogMerged(string sourceName, long incidentId, int revision, int channelCount);
}
