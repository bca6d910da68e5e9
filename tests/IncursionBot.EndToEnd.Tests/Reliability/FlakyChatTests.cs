using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// Scenario A (issue 6): a fifth of Discord sends fail (500, 429 with Retry-After, a hang past the send timeout, or a
/// created message whose answer is lost); every incident still reaches every subscribed channel exactly once, and
/// each channel sees its incidents in incident order.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class FlakyChatTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_incident_reaches_every_channel_once_and_in_order_when_a_fifth_of_sends_fail()
    {
        await using var rig = await ReliabilityRig.StartAsync(incidents: 8, channels: 10, new FaultInjector(seed: 6001) { Rate = 0.2 });
        var config = rig.WriteConfig(rig.SqliteStorage(), new JsonObject
        {
            ["BackoffBase"] = "00:00:00.200",
            ["BackoffCap"] = "00:00:02",
            ["SendTimeout"] = "00:00:05",
            ["Lease"] = "00:00:20",
        }, pollInterval: TimeSpan.FromSeconds(10));
        // A burst (one grouped message per channel), then later news while retries of the burst may still be due.
        rig.Feed.Publish(5);
        var bot = rig.StartBot("service", config);
        await rig.WaitUntilAsync("the feed is polled", TimeSpan.FromSeconds(60), () => Task.FromResult(rig.Feed.Polls > 0));
        await Task.Delay(TimeSpan.FromSeconds(3));
        rig.Feed.Publish(3);

        await rig.WaitUntilAsync("every incident reached every channel and the outbox is empty", TimeSpan.FromMinutes(3), () => rig.DrainedAsync(bot));
        // A late duplicate (a retry of something already delivered) would arrive now.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await bot.TerminateAsync(TimeSpan.FromSeconds(15));

        output.WriteLine(rig.Summary());
        rig.AssertEachAlertCreatedExactlyOnce();
        var ledger = rig.Ledger();
        Assert.True(ledger.OutOfOrder.Count == 0, rig.Diagnostics());
        Assert.True(rig.Discord.Problems.IsEmpty, rig.Diagnostics());
        Assert.True(rig.Discord.Created.Count > 0 && ledger.ExpectedIncidents.Count == 8, rig.Diagnostics());
        Assert.True(bot.Process.ExitCode == 0, $"exit code {bot.Process.ExitCode}\n{rig.Diagnostics()}");
    }

    [Fact]
    public async Task A_grouped_alert_whose_answer_was_lost_is_not_posted_again_when_more_news_arrives_before_the_retry()
    {
        var faults = new FaultInjector(seed: 6002) { Rate = 0, Forced = Fault.ReplyLost };
        await using var rig = await ReliabilityRig.StartAsync(incidents: 8, channels: 4, faults);
        var config = rig.WriteConfig(rig.SqliteStorage(), new JsonObject
        {
            ["BackoffBase"] = "00:00:00.200",
            ["BackoffCap"] = "00:00:02",
            ["SendTimeout"] = "00:00:05",
            ["Lease"] = "00:00:20",
            ["GroupThreshold"] = 4,
            // The dispatcher then looks for due rows only when ingestion wakes it: the retry comes after the next poll.
            ["PollInterval"] = "00:00:20",
        }, pollInterval: TimeSpan.FromSeconds(10));
        var bot = rig.StartBot("service", config);
        // Published after the first (empty) poll, so the burst is ingested whole before the dispatcher wakes for it.
        await rig.WaitUntilAsync("the empty feed is polled", TimeSpan.FromSeconds(60), () => Task.FromResult(rig.Feed.Polls > 0));
        rig.Feed.Publish(5);
        await rig.WaitUntilAsync("each channel's grouped alert was created and its answer lost", TimeSpan.FromSeconds(60),
            () => Task.FromResult(rig.Discord.Created.Select(m => m.ChannelId).Distinct().Count() == rig.Channels.Count));
        var lostGroups = rig.Discord.Created.Count(m => m.Alerts.Count == 5);

        rig.Feed.Publish(3);
        var polls = rig.Feed.Polls;
        await rig.WaitUntilAsync("the feed is polled again", TimeSpan.FromSeconds(30), () => Task.FromResult(rig.Feed.Polls > polls));
        faults.Forced = null;
        await rig.WaitUntilAsync("every incident reached every channel and the outbox is empty", TimeSpan.FromMinutes(2), () => rig.DrainedAsync(bot));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await bot.TerminateAsync(TimeSpan.FromSeconds(15));

        output.WriteLine(rig.Summary());
        Assert.True(lostGroups == rig.Channels.Count, $"precondition: each channel's first message should list the 5 first incidents, {lostGroups} did\n{rig.Diagnostics()}");
        rig.AssertEachAlertCreatedExactlyOnce();
        Assert.True(rig.Ledger().OutOfOrder.Count == 0, rig.Diagnostics());
    }
}
