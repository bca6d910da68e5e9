using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Core.Tests.Subscriptions;

public sealed class SubscriptionIndexTests
{
    private static readonly DateTimeOffset T0 = new(2025, 9, 10, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Matches_by_country_and_platform_with_wildcards()
    {
        var index = new SubscriptionIndex(
        [
            Sub(1, "discord:pl-drones", ["PL"], [Platform.Drone]),
            Sub(2, "discord:baltics", ["EE", "LV", "LT"], []),
            Sub(3, "teams:everything", [], []),
            Sub(4, "console:balloons", [], [Platform.Balloon]),
            Sub(5, "discord:pl-jets", ["PL"], [Platform.FighterJet]),
        ]);

        Assert.Equal([1L, 3L], index.Match(Incident(["PL"], [Platform.Drone])).Select(s => s.Id));
        Assert.Equal([2L, 3L, 4L], index.Match(Incident(["LT"], [Platform.Balloon])).Select(s => s.Id));
        Assert.Equal([1L, 2L, 3L], index.Match(Incident(["PL", "LT"], [Platform.Drone])).Select(s => s.Id));
        Assert.Equal([3L], index.Match(Incident(["DK"], [Platform.Drone])).Select(s => s.Id));
    }

    [Fact]
    public void A_subscription_created_after_the_incident_was_first_seen_gets_no_backlog()
    {
        var index = new SubscriptionIndex([Sub(1, "discord:a", [], [], T0.AddMinutes(-1)), Sub(2, "discord:b", [], [], T0.AddMinutes(1))]);

        Assert.Equal([1L], index.Match(Incident(["PL"], [Platform.Drone])).Select(s => s.Id));
    }

    [Fact]
    public void A_channel_with_two_matching_subscriptions_is_alerted_once()
    {
        var index = new SubscriptionIndex([Sub(1, "discord:a", ["PL"], []), Sub(2, "discord:a", [], [Platform.Drone])]);

        Assert.Equal([new ChannelRef("discord", "a")], index.MatchChannels(Incident(["PL"], [Platform.Drone])));
    }

    private static Subscription Sub(long id, string channel, string[] countries, Platform[] platforms, DateTimeOffset? created = null) =>
        new(id, ChannelRef.Parse(channel), countries.ToHashSet(), platforms.ToHashSet(), created ?? T0.AddDays(-1), false);

    private static Incident Incident(string[] countries, Platform[] platforms) =>
        new(1, countries, platforms, [Origins.Unknown], "h", "s", T0, T0, T0, true, 1, []);
}
