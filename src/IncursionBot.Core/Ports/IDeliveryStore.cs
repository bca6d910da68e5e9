using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Core.Ports;

/// <summary>
/// The delivery outbox: one row per (incident, channel). Rows are claimed under a lease so that several
/// dispatchers (threads or processes) share the work and a dead holder's rows come back after the lease.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>
    /// Claims due rows for <paramref name="owner"/> until <c>now + lease</c>. Per channel only rows in incident
    /// order are claimed, and none of a channel while another owner holds an earlier row of it.
    /// </summary>
    Task<IReadOnlyList<DeliveryJob>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Records a confirmed send. The row stays due (as an update) when the incident's revision grew past
    /// <paramref name="revision"/> while the send was under way.
    /// </summary>
    Task CompleteAsync(long deliveryId, string owner, string? messageId, int revision, bool grouped, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records, before a grouped message is sent, which rows it lists. After a crash those rows are sent again as
    /// the same group with the same idempotency key, so the platform can recognise the repeat; rows are never
    /// re-grouped differently.
    /// </summary>
    Task AssignGroupAsync(IReadOnlyList<long> deliveryIds, string owner, string groupKey, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt and makes the row due again at <paramref name="nextAttemptAt"/>.</summary>
    Task RescheduleAsync(long deliveryId, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>Returns claimed rows that were not attempted (an earlier row of the channel failed) without counting an attempt.</summary>
    Task ReleaseAsync(IReadOnlyList<long> deliveryIds, string owner, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Gives up on a row: it is kept, visible, and can be requeued by an operator.</summary>
    Task DeadLetterAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryRecord>> ListAsync(bool failedOnly, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a dead-lettered row due again, as if created now (an operator's explicit resend gets a fresh age
    /// budget); false when no such failed row exists.
    /// </summary>
    Task<bool> RequeueAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<DeliveryStats> GetStatsAsync(CancellationToken cancellationToken);
}

/// <summary>A claimed row: what to send where, and what was sent before.</summary>
public sealed record DeliveryJob(
    long Id,
    long IncidentId,
    ChannelRef Channel,
    int Attempts,
    string? MessageId,
    bool WasGrouped,
    int DeliveredRevision,
    DateTimeOffset CreatedAt,
    string? GroupKey);

public enum DeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>A row as operators see it (<c>deliveries</c> verb, <c>/healthz</c>).</summary>
public sealed record DeliveryRecord(
    long Id,
    long IncidentId,
    ChannelRef Channel,
    DeliveryStatus Status,
    int Attempts,
    string? MessageId,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset NextAttemptAt);

public sealed record DeliveryStats(int Pending, int Delivered, int Failed, DateTimeOffset? OldestPendingAt);
