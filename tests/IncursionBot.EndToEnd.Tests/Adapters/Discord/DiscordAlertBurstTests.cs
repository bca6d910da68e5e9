using System.Text.Json.Nodes;
using IncursionBot.Core.Extraction;
using IncursionBot.Testing.Discord;
using static IncursionBot.EndToEnd.Tests.Adapters.Discord.DiscordInteractions;

namespace IncursionBot.EndToEnd.Tests.Adapters.Discord;

/// <summary>
/// Issue 4 end to end: a burst of alerts to two channels stays inside a strict fake's per-channel buckets and global
/// limit (no 429, no early retry), and every message is valid and pings nobody.
/// </summary>
public sealed class DiscordAlertBurstTests
{
    private const string CreateMessage = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task A_burst_of_alerts_to_two_channels_stays_within_bucket_and_global_limits()
    {
        await using var rig = await DiscordRig.StartAsync(settings =>
        {
            settings["Discord"]!["GlobalRequestsPerSecond"] = 3;
            // Grouping would fold the burst into one message; this test wants many requests.
            settings["Delivery"]!["GroupThreshold"] = 100;
        });
        rig.Fake.Limits.BucketLimit = 2;
        rig.Fake.Limits.GlobalLimit = 3;
        foreach (var channel in new[] { AlertChannel, QuietChannel })
        {
            Assert.Contains("Subscribed this channel", (await rig.CommandAsync(Command("subscribe", Moderator, channel)))["content"]!.GetValue<string>());
        }

        var extractor = new GazetteerExtractor();
        rig.Feed.Publish([.. NewsFeed.LoadLabelled().Where(i => extractor.Extract(i.Title, i.Text).IsIncursion).Take(8)]);
        await Eventually.TrueAsync(() => rig.Feed.Polls > 0 && rig.Fake.RequestsTo("POST", CreateMessage).Count() >= 6, TimeSpan.FromSeconds(60),
            () => $"too few alerts arrived.\n{rig.Logs}");
        // The burst is over when nothing new has reached the fake for a few seconds.
        var seen = -1;
        await Eventually.TrueAsync(async () =>
        {
            var now = rig.Fake.Requests.Count;
            var quiet = now == seen;
            seen = now;
            await Task.Delay(TimeSpan.FromSeconds(3));
            return quiet && rig.Fake.Requests.Count == now;
        }, TimeSpan.FromSeconds(90), () => $"the bot kept sending.\n{rig.Logs}");

        var posts = rig.Fake.RequestsTo("POST", CreateMessage).ToList();
        Assert.Empty(rig.Fake.Limits.Violations);
        Assert.DoesNotContain(rig.Fake.Requests, r => r.Status == 429);
        Assert.Empty(rig.Fake.ContractErrors);
        Assert.All(posts, p =>
        {
            Assert.Equal(200, p.Status);
            Assert.Empty(FakeDiscord.Validate("#/components/schemas/MessageCreateRequest", p.Body));
            Assert.True(JsonNode.DeepEquals(new JsonArray(), JsonNode.Parse(p.Body)!["allowed_mentions"]?["parse"]), p.Body);
        });
        var perChannel = posts.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => JsonNode.Parse(p.Body)!["nonce"]!.ToString()).ToList());
        Assert.Equal(2, perChannel.Count);
        Assert.Equal(perChannel.Values.First().Count, perChannel.Values.Last().Count);
        Assert.All(perChannel.Values, nonces => Assert.Equal(nonces.Count, nonces.Distinct().Count()));
    }
}
