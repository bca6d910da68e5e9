using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.EndToEnd.Tests.Delivery;

/// <summary>
/// A chat platform that answers each send from a script (default: delivered) and records what it was asked to
/// post. Like Discord with <c>enforce_nonce</c>, a repeated idempotency key returns the first message instead of
/// posting again.
/// </summary>
public sealed class ScriptedChat(string platform = "discord") : IChatAdapter
{
    private readonly Queue<Func<DeliveryResult>> _script = new();
    private readonly Dictionary<string, string> _byKey = [];

    public string Platform => platform;

    /// <summary>Every message actually posted: channel, incident ids, idempotency key.</summary>
    public List<(ChannelRef Channel, long[] Incidents, string Key, bool IsUpdate)> Posted { get; } = [];

    public int Calls { get; private set; }

    public ScriptedChat Then(Func<DeliveryResult> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        Calls++;
        if (_script.TryDequeue(out var answer) && answer() is FailedResult failed)
        {
            return Task.FromResult<DeliveryResult>(failed);
        }

        if (!alert.IsUpdate && _byKey.TryGetValue($"{channel}/{alert.IdempotencyKey}", out var existing))
        {
            return Task.FromResult(DeliveryResult.Delivered(existing));
        }

        var id = alert.ExistingMessageId ?? $"m{Posted.Count + 1}";
        _byKey[$"{channel}/{alert.IdempotencyKey}"] = id;
        Posted.Add((channel, alert.Alerts.Select(a => a.IncidentId).ToArray(), alert.IdempotencyKey, alert.IsUpdate));
        return Task.FromResult(DeliveryResult.Delivered(id));
    }
}
