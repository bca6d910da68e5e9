using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task Add_returns_the_channels_existing_subscription_for_the_same_filters()
    {
        var first = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordA, ["PL", "LT"], [Platform.Drone]), Samples.T0, None);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordA, ["LT", "PL"], [Platform.Drone]), Clock.GetUtcNow(), None);
        var otherChannel = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordB, ["PL", "LT"], [Platform.Drone]), Clock.GetUtcNow(), None);
        var anything = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordA, [], []), Clock.GetUtcNow(), None);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(Samples.T0, again.CreatedAt);
        Assert.NotEqual(first.Id, otherChannel.Id);
        Assert.Empty(anything.Countries);
        Assert.Empty(anything.Platforms);

        var mine = await Host.Subscriptions.ListForChannelAsync(Samples.DiscordA, None);
        Assert.Equal([first.Id, anything.Id], mine.Select(s => s.Id));
        Assert.True(mine[0].Countries.SetEquals(["PL", "LT"]));
        Assert.True(mine[0].Platforms.SetEquals([Platform.Drone]));
        Assert.Equal(3, (await Host.Subscriptions.ListAllAsync(None)).Count);
    }

    [StorageFact]
    public async Task Remove_only_touches_the_callers_channel_and_never_static_ones()
    {
        var mine = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordA, ["PL"], []), Samples.T0, None);
        var theirs = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordB, ["PL"], []), Samples.T0, None);
        await Host.Subscriptions.SyncStaticAsync([Samples.Subscription(Samples.DiscordA, ["EE"], [], isStatic: true)], Samples.T0, None);
        var extra = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.DiscordA, ["LV"], []), Samples.T0, None);

        Assert.False(await Host.Subscriptions.RemoveAsync(Samples.DiscordA, theirs.Id, None));
        Assert.False(await Host.Subscriptions.RemoveAsync(Samples.DiscordA, 999_999, None));
        Assert.True(await Host.Subscriptions.RemoveAsync(Samples.DiscordA, mine.Id, None));
        Assert.False(await Host.Subscriptions.RemoveAsync(Samples.DiscordA, mine.Id, None));

        Assert.Equal(1, await Host.Subscriptions.RemoveAllAsync(Samples.DiscordA, None));
        var left = await Host.Subscriptions.ListAllAsync(None);
        Assert.DoesNotContain(left, s => s.Id == extra.Id);
        Assert.Contains(left, s => s.Id == theirs.Id);
        Assert.Contains(left, s => s.IsStatic && s.Channel == Samples.DiscordA);
    }

    [StorageFact]
    public async Task Static_sync_adds_new_removes_unconfigured_and_keeps_unchanged()
    {
        var keep = Samples.Subscription(Samples.DiscordA, ["PL"], [Platform.Drone], isStatic: true);
        var drop = Samples.Subscription(Samples.TeamsC, [], [], isStatic: true);
        await Host.Subscriptions.SyncStaticAsync([keep, drop, keep], Samples.T0, None);
        var dynamic = await Host.Subscriptions.AddAsync(Samples.Subscription(Samples.TeamsC, ["PL"], []), Samples.T0, None);
        var before = (await Host.Subscriptions.ListAllAsync(None)).Single(s => s.IsStatic && s.Channel == Samples.DiscordA);

        Clock.Advance(TimeSpan.FromHours(1));
        var added = Samples.Subscription(Samples.DiscordB, ["LT"], [], isStatic: true);
        await (await RestartAsync()).Subscriptions.SyncStaticAsync([added, keep], Clock.GetUtcNow(), None);

        var all = await Host.Subscriptions.ListAllAsync(None);
        Assert.Equal(3, all.Count);
        var kept = Assert.Single(all, s => s.IsStatic && s.Channel == Samples.DiscordA);
        Assert.Equal(before.Id, kept.Id);
        Assert.Equal(Samples.T0, kept.CreatedAt);
        Assert.Equal(Clock.GetUtcNow(), Assert.Single(all, s => s.Channel == Samples.DiscordB).CreatedAt);
        Assert.Equal(dynamic.Id, Assert.Single(all, s => s.Channel == Samples.TeamsC).Id);
    }

    [StorageFact]
    public async Task Disabled_channels_get_no_deliveries_until_enabled_again()
    {
        var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
        await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0, Samples.DiscordA);

        await Host.Subscriptions.SetChannelDisabledAsync(Samples.DiscordA, "ChannelGone: 404", Samples.T0, None);
        await Host.Subscriptions.SetChannelDisabledAsync(Samples.DiscordA, "ChannelGone: 403", Samples.T0.AddMinutes(1), None);
        var disabled = Assert.Single(await Host.Subscriptions.ListDisabledChannelsAsync(None));
        Assert.Equal(new DisabledChannel(Samples.DiscordA, "ChannelGone: 403", Samples.T0), disabled);

        var failed = Assert.Single(await Host.Deliveries.ListAsync(failedOnly: true, 10, None));
        Assert.Contains("channel disabled", failed.LastError);

        var next = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
        await Host.Ingestion.EnqueueAsync(next.Id, Samples.T0, Samples.DiscordA, Samples.DiscordB);
        Assert.Equal([Samples.DiscordB], (await Host.Deliveries.ListAsync(false, 10, None)).Where(d => d.IncidentId == next.Id).Select(d => d.Channel));

        await Host.Subscriptions.SetChannelDisabledAsync(Samples.DiscordA, null, Samples.T0, None);
        Assert.Empty(await Host.Subscriptions.ListDisabledChannelsAsync(None));
        await Host.Ingestion.EnqueueAsync(next.Id, Samples.T0, Samples.DiscordA);
        Assert.Equal(2, (await Host.Deliveries.ListAsync(false, 10, None)).Count(d => d.IncidentId == next.Id));
    }
}
