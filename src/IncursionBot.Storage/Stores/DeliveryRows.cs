using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>The delivery outbox rows: statuses, the enqueue used by ingestion, and mapping to Core records.</summary>
internal static class DeliveryRows
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public const string JobColumns = "id, incident_id, channel_platform, channel_id, attempts, message_id, grouped, delivered_revision, created_at, group_key";

    public const string RecordColumns =
        "id, incident_id, channel_platform, channel_id, status, attempts, message_id, last_error, created_at, delivered_at, next_attempt_at";

    /// <summary>
    /// Inserts the missing (incident, channel) rows as due now, and makes rows already delivered due again so the
    /// dispatcher edits the posted message (their message id is kept). Disabled channels are skipped.
    /// </summary>
    public static async Task EnqueueAsync(DbSession session, long incidentId, IReadOnlyList<ChannelRef> channels, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var channel in channels.Distinct())
        {
            SqlArg[] args = [("incident", incidentId), ("platform", channel.Platform), ("channel", channel.Id), ("now", now), ("pending", Pending)];
            // The WHERE also keeps SQLite's parser from reading ON CONFLICT as a join constraint of the SELECT.
            await session.ExecuteAsync(
                """
                INSERT INTO deliveries (incident_id, channel_platform, channel_id, status, attempts, next_attempt_at, grouped, delivered_revision, created_at)
                SELECT @incident, @platform, @channel, @pending, 0, @now, FALSE, 0, @now
                WHERE NOT EXISTS (SELECT 1 FROM disabled_channels x WHERE x.platform = @platform AND x.id = @channel)
                ON CONFLICT (incident_id, channel_platform, channel_id) DO NOTHING
                """, cancellationToken, args);
            await session.ExecuteAsync(
                """
                UPDATE deliveries SET status = @pending, next_attempt_at = @now, attempts = 0, last_error = NULL
                WHERE incident_id = @incident AND channel_platform = @platform AND channel_id = @channel AND status = 'delivered'
                  AND NOT EXISTS (SELECT 1 FROM disabled_channels x WHERE x.platform = @platform AND x.id = @channel)
                """, cancellationToken, args);
        }
    }

    public static DeliveryJob MapJob(DbRow row) => new(
        row.Long("id"), row.Long("incident_id"), new ChannelRef(row.String("channel_platform"), row.String("channel_id")),
        row.Int("attempts"), row.StringOrNull("message_id"), row.Bool("grouped"), row.Int("delivered_revision"), row.Time("created_at"),
        row.StringOrNull("group_key"));

    public static DeliveryRecord MapRecord(DbRow row) => new(
        row.Long("id"), row.Long("incident_id"), new ChannelRef(row.String("channel_platform"), row.String("channel_id")),
        ParseStatus(row.String("status")), row.Int("attempts"), row.StringOrNull("message_id"), row.StringOrNull("last_error"),
        row.Time("created_at"), row.TimeOrNull("delivered_at"), row.Time("next_attempt_at"));

    private static DeliveryStatus ParseStatus(string status) => status switch
    {
        Pending => DeliveryStatus.Pending,
        Delivered => DeliveryStatus.Delivered,
        Failed => DeliveryStatus.Failed,
        _ => throw new InvalidDataException($"Unknown delivery status '{status}' stored in the database."),
    };
}
