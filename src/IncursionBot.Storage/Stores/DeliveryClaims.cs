using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>
/// Claims due outbox rows so that each channel still sees its alerts in incident order across dispatchers.
/// </summary>
/// <remarks>
/// A row is claimable when it is pending, due, not under a live lease, its channel is enabled, no row of its
/// channel is under a live lease (whoever holds it), and no earlier row of its channel is pending but not yet
/// due (a retry waiting out its backoff holds back the alerts after it). Taking rows in global
/// (incident_id, id) order under a LIMIT leaves every channel with a prefix of its queue.
/// Claims are serialised by the write lock (SQLite <c>BEGIN IMMEDIATE</c>, PostgreSQL an advisory lock), so a
/// claimer always sees the leases committed before it; without that, two PostgreSQL claimers working from the
/// same snapshot could each take a different row of one channel. <c>SKIP LOCKED</c> then only steps around rows
/// that a completion or an enqueue is changing at that moment.
/// </remarks>
internal static class DeliveryClaims
{
    public static Task<IReadOnlyList<DeliveryJob>> ClaimAsync(
        StorageDatabase database, string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return Task.FromResult<IReadOnlyList<DeliveryJob>>([]);
        }

        var sql = $"""
            UPDATE deliveries SET lease_owner = @owner, lease_until = @until
            WHERE id IN (
                SELECT d.id FROM deliveries d
                WHERE d.status = 'pending' AND d.next_attempt_at <= @now
                  AND (d.lease_until IS NULL OR d.lease_until < @now)
                  AND NOT EXISTS (
                      SELECT 1 FROM deliveries e
                      WHERE e.channel_platform = d.channel_platform AND e.channel_id = d.channel_id AND e.status = 'pending'
                        AND ((e.lease_until IS NOT NULL AND e.lease_until >= @now)
                             OR (e.next_attempt_at > @now
                                 AND (e.incident_id < d.incident_id OR (e.incident_id = d.incident_id AND e.id < d.id)))))
                  AND NOT EXISTS (SELECT 1 FROM disabled_channels x WHERE x.platform = d.channel_platform AND x.id = d.channel_id)
                ORDER BY d.incident_id, d.id
                LIMIT @max
                {database.Dialect.SkipLocked})
            RETURNING {DeliveryRows.JobColumns}
            """;
        return database.WriteAsync<IReadOnlyList<DeliveryJob>>(StorageDatabase.ClaimLockKey, async (session, ct) =>
        {
            var jobs = await session.QueryAsync(sql, DeliveryRows.MapJob, ct, ("owner", owner), ("until", now + lease), ("now", now), ("max", max));
            return jobs.OrderBy(j => j.IncidentId).ThenBy(j => j.Id).ToArray();
        }, cancellationToken);
    }
}
