using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Commands;

public sealed class SubscriptionCommandTests : CommandTestBase
{
    private static readonly ChannelRef Channel = new("discord", InteractionJson.ChannelId);

    [Fact]
    public async Task A_moderator_subscribes_the_channel()
    {
        var answer = await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator, options: [("country", "Poland"), ("platform", "drone")]));

        Assert.False(IsEphemeral(answer));
        var subscription = Assert.Single(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));
        Assert.Equal(["PL"], subscription.Countries);
        Assert.Equal([Platform.Drone], subscription.Platforms);
        Assert.Contains($"#{subscription.Id}", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_options_the_channel_subscribes_to_everything()
    {
        await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator));

        var subscription = Assert.Single(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));
        Assert.Empty(subscription.Countries);
        Assert.Empty(subscription.Platforms);
    }

    [Theory]
    [InlineData(InteractionJson.Member)]
    [InlineData("0")]
    [InlineData("not-a-number")]
    public async Task A_member_without_manage_channels_is_refused_ephemerally(string permissions)
    {
        var answer = await InteractAsync(InteractionJson.Command("subscribe", permissions, options: [("country", "PL")]));

        Assert.True(IsEphemeral(answer));
        Assert.Contains("Manage Channels", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await Host.Subscriptions.ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_administrator_may_subscribe() =>
        Assert.False(IsEphemeral(await InteractAsync(InteractionJson.Command("subscribe", "8"))));

    [Fact]
    public async Task A_member_cannot_unsubscribe()
    {
        var subscription = await Host.Subscriptions.AddAsync(new NewSubscription(Channel, new HashSet<string>(), new HashSet<Platform>(), false), DateTimeOffset.UtcNow, CancellationToken.None);

        var answer = await InteractAsync(InteractionJson.Command("unsubscribe", InteractionJson.Member, options: [("id", subscription.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        Assert.True(IsEphemeral(answer));
        Assert.Single(await Host.Subscriptions.ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_subscription_of_another_channel_cannot_be_touched()
    {
        var other = await Host.Subscriptions.AddAsync(new NewSubscription(new ChannelRef("discord", "999999999999999999"), new HashSet<string>(), new HashSet<Platform>(), false), DateTimeOffset.UtcNow, CancellationToken.None);

        var answer = await InteractAsync(InteractionJson.Command("unsubscribe", InteractionJson.Moderator, options: [("id", other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        Assert.True(IsEphemeral(answer));
        Assert.Contains($"no subscription #{other.Id}", Content(answer), StringComparison.Ordinal);
        Assert.Single(await Host.Subscriptions.ListAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_by_id_and_all()
    {
        await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator, options: [("country", "PL")]));
        await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator, options: [("country", "EE")]));
        var first = (await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None))[0];

        var one = await InteractAsync(InteractionJson.Command("unsubscribe", InteractionJson.Moderator, options: [("id", $"#{first.Id}")]));
        Assert.False(IsEphemeral(one));
        Assert.Single(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));

        var all = await InteractAsync(InteractionJson.Command("unsubscribe", InteractionJson.Moderator, options: [("id", "all")]));
        Assert.False(IsEphemeral(all));
        Assert.Empty(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_explains_a_bad_id()
    {
        var answer = await InteractAsync(InteractionJson.Command("unsubscribe", InteractionJson.Moderator, options: [("id", "banana")]));

        Assert.True(IsEphemeral(answer));
        Assert.Contains("not a subscription id", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_lists_this_channels_subscriptions_with_ids()
    {
        await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator, options: [("country", "LT"), ("platform", "balloon")]));
        await Host.Subscriptions.AddAsync(new NewSubscription(new ChannelRef("discord", "999999999999999999"), new HashSet<string> { "EE" }, new HashSet<Platform>(), false), DateTimeOffset.UtcNow, CancellationToken.None);

        var answer = await InteractAsync(InteractionJson.Command("subscriptions"));

        var content = Content(answer);
        Assert.Contains("**#1**", content, StringComparison.Ordinal);
        Assert.Contains("LT", content, StringComparison.Ordinal);
        Assert.DoesNotContain("EE", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_autocomplete_offers_all_and_this_channels_ids()
    {
        await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator, options: [("country", "PL")]));

        var answer = await InteractAsync(InteractionJson.Autocomplete("unsubscribe", "id", string.Empty, InteractionJson.Moderator));

        var values = answer["data"]!["choices"]!.AsArray().Select(c => c!["value"]!.ToString()).ToArray();
        Assert.Equal(["all", "1"], values);
    }

    [Fact]
    public async Task Subscribing_again_re_enables_a_channel_the_bot_had_stopped_using()
    {
        var state = (DiscordState)Host.Services.GetService(typeof(DiscordState))!;
        state.DisableChannel(InteractionJson.ChannelId, "403 Missing Access");

        var answer = await InteractAsync(InteractionJson.Command("subscribe", InteractionJson.Moderator));

        Assert.Contains("enabled again", Content(answer), StringComparison.Ordinal);
        Assert.False(state.IsChannelDisabled(InteractionJson.ChannelId, out _));
    }
}
