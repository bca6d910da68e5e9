using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.LoadHarness;

/// <summary>A chat platform that confirms every send at once, so the harness measures the bot, not the network.</summary>
public sealed class InstantAdapter : IChatAdapter
{
    private int _sent;

    public string Platform => "load";

    public int Sent => _sent;

    public Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryResult.Delivered($"m{Interlocked.Increment(ref _sent)}"));
}
