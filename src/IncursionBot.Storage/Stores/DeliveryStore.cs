using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>
/// The delivery outbox. Rows are claimed under a lease; every later change is made only by the lease's owner, so
/// a dispatcher whose lease ran out and whose rows were taken over cannot overwrite the new owner's work.
/// </summary>
internal sealed class DeliveryStore(StorageDatabase database) : IDeliveryStore
{
    public Task<IReadOnlyList<DeliveryJob>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        DeliveryClaims.ClaimAsync(database, owner, now, lease, max, cancellationToken);

    public Task CompleteAsync(long deliveryId, string owner, string? messageId, int revision, bool grouped, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync((session, ct) => session.ExecuteAsync(
            """
            UPDATE deliveries SET
                status = CASE WHEN (SELECT revision FROM incidents WHERE id = deliveries.incident_id) > @revision THEN 'pending' ELSE 'delivered' END,
                message_id = @message_id, grouped = @grouped, delivered_revision = @revision, delivered_at = @now,
                next_attempt_at = @now, attempts = 0, last_error = NULL, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 'pending'
            """, ct, ("id", deliveryId), ("owner", owner), ("message_id", messageId), ("revision", revision), ("grouped", grouped), ("now", now)),
            cancellationToken);

    public Task AssignGroupAsync(IReadOnlyList<long> deliveryIds, string owner, string groupKey, CancellationToken cancellationToken)
    {
        if (deliveryIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var (inList, idArgs) = SqlArg.List("id", deliveryIds);
        return database.WriteAsync((session, ct) => session.ExecuteAsync(
            $"""
            UPDATE deliveries SET group_key = @group_key
            WHERE id IN {inList} AND lease_owner = @owner AND status = 'pending' AND group_key IS NULL
            """, ct, [.. idArgs, ("owner", owner), ("group_key", groupKey)]),
            cancellationToken);
    }

    public Task RescheduleAsync(long deliveryId, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        database.WriteAsync((session, ct) => session.ExecuteAsync(
            """
            UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 'pending'
            """, ct, ("id", deliveryId), ("owner", owner), ("next", nextAttemptAt), ("error", error)),
            cancellationToken);

    public Task ReleaseAsync(IReadOnlyList<long> deliveryIds, string owner, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        if (deliveryIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var (inList, idArgs) = SqlArg.List("id", deliveryIds);
        return database.WriteAsync((session, ct) => session.ExecuteAsync(
            $"""
            UPDATE deliveries SET next_attempt_at = @next, lease_owner = NULL, lease_until = NULL
            WHERE id IN {inList} AND lease_owner = @owner AND status = 'pending'
            """, ct, [.. idArgs, ("owner", owner), ("next", nextAttemptAt)]),
            cancellationToken);
    }

    public Task DeadLetterAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync((session, ct) => session.ExecuteAsync(
            """
            UPDATE deliveries SET status = 'failed', last_error = @reason, next_attempt_at = @now, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 'pending'
            """, ct, ("id", deliveryId), ("owner", owner), ("reason", reason), ("now", now)),
            cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> ListAsync(bool failedOnly, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<DeliveryRecord>>(async (session, ct) => await session.QueryAsync(
            $"SELECT {DeliveryRows.RecordColumns} FROM deliveries {(failedOnly ? "WHERE status = 'failed'" : string.Empty)} ORDER BY id DESC LIMIT @limit",
            DeliveryRows.MapRecord, ct, ("limit", limit)),
            cancellationToken);

    public Task<bool> RequeueAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync<bool>(null, async (session, ct) => await session.ExecuteAsync(
            """
            UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = @now, created_at = @now, last_error = NULL,
                lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND status = 'failed'
            """, ct, ("id", deliveryId), ("now", now)) > 0,
            cancellationToken);

    public Task<DeliveryStats> GetStatsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async (session, ct) =>
        {
            var counts = await session.QueryAsync(
                "SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status",
                row => (Status: row.String("status"), Count: row.Int("n")), ct);
            var oldest = await session.QueryAsync(
                "SELECT MIN(created_at) AS oldest FROM deliveries WHERE status = 'pending'", row => row.TimeOrNull("oldest"), ct);
            int Count(string status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
            return new DeliveryStats(Count(DeliveryRows.Pending), Count(DeliveryRows.Delivered), Count(DeliveryRows.Failed), oldest[0]);
        }, cancellationToken);
}
