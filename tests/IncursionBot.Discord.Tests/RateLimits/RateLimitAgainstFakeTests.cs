using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.RateLimits;

/// <summary>Bursts through the real client against the fake's enforced limits: every message arrives and no limit is ever broken.</summary>
public sealed class RateLimitAgainstFakeTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _host = await DiscordTestHost.StartAsync(_fake);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_burst_into_a_few_channels_respects_each_channels_bucket()
    {
        _fake.Limits.BucketLimit = 5;
        var channels = Enumerable.Range(1, 3).Select(i => new ChannelRef("discord", $"71000000000000000{i}")).ToArray();

        var results = await Task.WhenAll(channels.SelectMany(channel => Enumerable.Range(1, 12).Select(i =>
            _host.Adapter.SendAsync(channel, new OutgoingAlert([Samples.Alert(i)], $"i{i}c{channel.Id[^1]}"), CancellationToken.None))));

        Assert.All(results, r => Assert.IsType<DeliveredResult>(r));
        Assert.Empty(_fake.Limits.Violations);
        Assert.Equal(36, _fake.Messages.Count);
        Assert.Empty(_fake.ContractErrors);
    }

    [Fact]
    public async Task A_burst_into_many_channels_respects_the_global_limit()
    {
        _fake.Limits.BucketLimit = 1000;
        var channels = Enumerable.Range(1, 120).Select(i => new ChannelRef("discord", $"72000000000000{i:0000}")).ToArray();

        var results = await Task.WhenAll(channels.Select(channel =>
            _host.Adapter.SendAsync(channel, new OutgoingAlert([Samples.Alert()], "i42"), CancellationToken.None)));

        Assert.All(results, r => Assert.IsType<DeliveredResult>(r));
        Assert.Empty(_fake.Limits.Violations);
        Assert.Equal(120, _fake.Messages.Count);
    }
}
