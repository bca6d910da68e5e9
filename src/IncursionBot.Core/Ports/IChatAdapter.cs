using IncursionBot.Core.Alerts;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Core.Ports;

/// <summary>
/// A chat platform's transport for alerts. It renders the neutral <see cref="OutgoingAlert"/> its own way and
/// reports the outcome as a value; retry, ordering and recording are the dispatcher's job, not the adapter's.
/// </summary>
public interface IChatAdapter
{
    /// <summary>The <see cref="ChannelRef.Platform"/> this adapter serves (<c>console</c>, <c>discord</c>, <c>teams</c>).</summary>
    string Platform { get; }

    Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken);
}

/// <summary>
/// One message to post: a single alert, a group of alerts (a burst), or an edit of a posted message when
/// <see cref="ExistingMessageId"/> is set. <see cref="IdempotencyKey"/> is stable across retries of one send.
/// </summary>
public sealed record OutgoingAlert(IReadOnlyList<AlertMessage> Alerts, string IdempotencyKey, string? ExistingMessageId = null)
{
    public bool IsGroup => Alerts.Count > 1;

    public bool IsUpdate => ExistingMessageId is not null;
}
