using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>The ingestion operations, all on the one connection and transaction of <see cref="IngestionStore"/>.</summary>
internal sealed class IngestionSession(DbSession session) : IIngestionSession
{
    public async Task<bool> IsSeenAsync(string sourceName, string itemId, string canonicalUrl, CancellationToken cancellationToken)
    {
        var found = await session.ScalarAsync<int?>(
            """
            SELECT 1 FROM seen_items WHERE source_name = @source AND item_id = @item
            UNION ALL
            SELECT 1 FROM seen_items WHERE canonical_url = @url
            LIMIT 1
            """, cancellationToken, ("source", sourceName), ("item", itemId), ("url", canonicalUrl));
        return found is not null;
    }

    public Task RecordSeenAsync(SeenItem item, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            """
            INSERT INTO seen_items (source_name, item_id, canonical_url, title, is_incursion, report_id, seen_at)
            VALUES (@source, @item, @url, @title, @is_incursion, @report_id, @seen_at)
            ON CONFLICT (source_name, item_id) DO NOTHING
            """, cancellationToken,
            ("source", item.SourceName), ("item", item.ItemId), ("url", item.CanonicalUrl), ("title", item.Title),
            ("is_incursion", item.IsIncursion), ("report_id", item.ReportId), ("seen_at", item.SeenAt));

    public Task<IReadOnlyList<Incident>> GetIncidentsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        IncidentRows.LoadAsync(session, "WHERE i.last_reported_at >= @since ORDER BY i.id", cancellationToken, ("since", since));

    public async Task<Incident> CreateIncidentAsync(Incident incident, CancellationToken cancellationToken)
    {
        var id = await IncidentRows.InsertAsync(session, incident, cancellationToken);
        return incident with { Id = id, Reports = [] };
    }

    public Task UpdateIncidentAsync(Incident incident, CancellationToken cancellationToken) =>
        IncidentRows.UpdateAsync(session, incident, cancellationToken);

    public async Task<Report> AddReportAsync(Report report, CancellationToken cancellationToken)
    {
        var id = await IncidentRows.InsertReportAsync(session, report, cancellationToken);
        return report with { Id = id };
    }

    public Task EnqueueDeliveriesAsync(long incidentId, IReadOnlyList<ChannelRef> channels, DateTimeOffset now, CancellationToken cancellationToken) =>
        DeliveryRows.EnqueueAsync(session, incidentId, channels, now, cancellationToken);
}
