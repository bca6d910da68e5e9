using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Rest;

/// <summary>The chat adapter in a real host, posting to a fresh fake Discord.</summary>
public abstract class AdapterTestBase : IAsyncLifetime
{
    protected const string CreateRoute = "POST /channels/{channel_id}/messages";
    protected const string EditRoute = "PATCH /channels/{channel_id}/messages/{message_id}";
    protected static readonly ChannelRef Channel = new("discord", "700000000000000001");

    protected FakeDiscord Fake { get; private set; } = null!;

    protected DiscordTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeDiscord.StartAsync();
        Host = await DiscordTestHost.StartAsync(Fake);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }

    protected Task<DeliveryResult> SendAsync(OutgoingAlert alert, ChannelRef? channel = null) =>
        Host.Adapter.SendAsync(channel ?? Channel, alert, CancellationToken.None);
}
