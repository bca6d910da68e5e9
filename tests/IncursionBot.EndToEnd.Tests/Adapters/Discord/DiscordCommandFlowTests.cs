using System.Text.Json.Nodes;
using IncursionBot.Testing.Discord;
using static IncursionBot.EndToEnd.Tests.Adapters.Discord.DiscordInteractions;

namespace IncursionBot.EndToEnd.Tests.Adapters.Discord;

/// <summary>
/// Issue 4 end to end: signed slash commands get correct, schema-valid answers (errors ephemeral); only members with
/// Manage Channels may subscribe; a polled report produces exactly one valid, unpinging alert in the subscribed channel.
/// </summary>
public sealed class DiscordCommandFlowTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task Commands_are_answered_and_a_subscribed_channel_gets_one_unpinging_alert()
    {
        await using var rig = await DiscordRig.StartAsync();
        await Eventually.TrueAsync(() => rig.Fake.CommandPuts > 0, TimeSpan.FromSeconds(30), () => $"commands never registered.\n{rig.Logs}");
        Assert.Equal(["incident", "incidents", "subscribe", "subscriptions", "unsubscribe"],
            rig.Fake.Commands["global"].Select(c => c!["name"]!.GetValue<string>()).Order());

        var suggestions = await rig.SendSignedAsync(Suggest("subscribe", "country", "pol", AlertChannel));
        Assert.Equal(8, suggestions["type"]!.GetValue<int>());
        Assert.Contains("PL", suggestions["data"]!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));

        var refused = await rig.CommandAsync(Command("subscribe", Member, QuietChannel, ("country", "PL"), ("platform", "drone")));
        AssertEphemeral(refused, "Manage Channels");
        Assert.Contains("no subscriptions", Content(await rig.CommandAsync(Command("subscriptions", Member, QuietChannel))));

        var subscribed = await rig.CommandAsync(Command("subscribe", Moderator, AlertChannel, ("country", "PL"), ("platform", "drone")));
        Assert.Null(subscribed["flags"]);
        Assert.Contains("Subscribed this channel", Content(subscribed));
        Assert.Contains("(1)", Content(await rig.CommandAsync(Command("subscriptions", Member, AlertChannel))));
        AssertEphemeral(await rig.CommandAsync(Command("unsubscribe", Member, AlertChannel, ("id", "all"))), "Manage Channels");

        var item = DroneOverPoland.Fresh();
        rig.Feed.Publish(item);
        await Eventually.TrueAsync(() => rig.Fake.RequestsTo("POST", CreateMessage).Any(), TimeSpan.FromSeconds(60), () => $"no alert was posted.\n{rig.Logs}");
        // Let the feed be polled again and the outbox run: the same report must not alert twice.
        var polls = rig.Feed.Polls;
        await Eventually.TrueAsync(() => rig.Feed.Polls > polls, TimeSpan.FromSeconds(30), () => "the feed was not polled again");
        await Task.Delay(TimeSpan.FromSeconds(3));

        var post = Assert.Single(rig.Fake.RequestsTo("POST", CreateMessage));
        Assert.Equal($"/api/v10/channels/{AlertChannel}/messages", post.Path);
        Assert.Equal($"Bot {FakeDiscord.Token}", post.Authorization);
        Assert.Equal(200, post.Status);
        Assert.Empty(FakeDiscord.Validate("#/components/schemas/MessageCreateRequest", post.Body));
        var alert = JsonNode.Parse(post.Body)!;
        Assert.True(JsonNode.DeepEquals(new JsonArray(), alert["allowed_mentions"]?["parse"]), post.Body);
        Assert.False(string.IsNullOrEmpty(alert["nonce"]?.ToString()));
        Assert.True(alert["enforce_nonce"]?.GetValue<bool>());
        Assert.Contains(item.Url, post.Body);
        var incident = Field(alert["embeds"]![0]!, "Incident") ?? string.Empty;
        Assert.Matches("^#[0-9]+$", incident);

        var recent = await rig.CommandAsync(Command("incidents", Member, AlertChannel, ("country", "PL"), ("platform", "drone"), ("days", 90)));
        Assert.Contains(incident, recent["embeds"]!.ToJsonString());
        AssertEphemeral(await rig.CommandAsync(Command("incidents", Member, AlertChannel, ("country", "Atlantis"))), "Atlantis");

        var detail = await rig.CommandAsync(Command("incident", Member, AlertChannel, ("id", long.Parse(incident[1..], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(incident, Field(detail["embeds"]![0]!, "Incident"));
        Assert.Contains(item.Url, detail["embeds"]!.ToJsonString());
        AssertEphemeral(await rig.CommandAsync(Command("incident", Member, AlertChannel, ("id", 987654))), "#987654");

        Assert.Null((await rig.CommandAsync(Command("unsubscribe", Moderator, AlertChannel, ("id", "all"))))["flags"]);
        Assert.Contains("no subscriptions", Content(await rig.CommandAsync(Command("subscriptions", Member, AlertChannel))));

        Assert.Empty(rig.Fake.ContractErrors);
        Assert.Empty(rig.Fake.Limits.Violations);
        Assert.DoesNotContain(rig.Fake.Requests, r => r.Status == 429);
        Assert.DoesNotContain(FakeDiscord.Token, rig.Logs);
    }

    private static string Content(JsonObject message) => message["content"]?.GetValue<string>() ?? string.Empty;

    private static void AssertEphemeral(JsonObject message, string expected)
    {
        Assert.Equal(64, message["flags"]?.GetValue<int>() & 64);
        Assert.Contains(expected, Content(message));
    }

    private static string? Field(JsonNode embed, string name) =>
        embed["fields"]?.AsArray().FirstOrDefault(f => f?["name"]?.GetValue<string>() == name)?["value"]?.GetValue<string>();
}
