using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// Scenario B (issue 6): the service is SIGKILLed at seeded random moments while a growing feed turns into a few
/// hundred alerts, and restarted each time on the same SQLite database; when it is finally left to finish, no
/// (incident, channel) alert is missing and none was created twice.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Incidents = 16;
    private const int Channels = 20;
    private const int Kills = 5;

    [Theory]
    [InlineData(false, 7100)]
    [InlineData(true, 7101)]
    public async Task Repeated_sigkill_and_restart_lose_and_duplicate_no_alert(bool grouped, int seed)
    {
        var random = new Random(seed);
        await using var rig = await ReliabilityRig.StartAsync(Incidents, Channels, new FaultInjector(seed) { Rate = 0.05 });
        rig.Discord.SendLatency = TimeSpan.FromMilliseconds(grouped ? 300 : 100);
        var config = rig.WriteConfig(rig.SqliteStorage(), new JsonObject
        {
            ["BackoffBase"] = "00:00:00.200",
            ["BackoffCap"] = "00:00:02",
            ["SendTimeout"] = "00:00:03",
            ["Lease"] = "00:00:08",
            // Single messages give hundreds of sends to die in the middle of; groups test re-sending a group after a crash.
            ["GroupThreshold"] = grouped ? 4 : 1000,
            ["GroupWait"] = "00:00:30",
        }, pollInterval: TimeSpan.FromSeconds(10));
        // Small batches become single messages; batches above the group threshold become grouped messages.
        var publisher = grouped
            ? rig.Feed.PublishGraduallyAsync(batch: 6, spacing: TimeSpan.FromSeconds(7), CancellationToken.None)
            : rig.Feed.PublishGraduallyAsync(batch: 2, spacing: TimeSpan.FromSeconds(3), CancellationToken.None);

        var kills = new List<string>();
        for (var run = 1; run <= Kills; run++)
        {
            var bot = rig.StartBot($"run {run}", config);
            var delay = TimeSpan.FromMilliseconds(random.Next(2_500, 7_000));
            await Task.Delay(delay);
            if (bot.Crashed)
            {
                throw new Xunit.Sdk.XunitException($"run {run} exited by itself before it was killed.\n{rig.Diagnostics()}");
            }

            await bot.KillAsync();
            kills.Add($"run {run} killed after {delay.TotalSeconds:F1}s with {rig.Discord.Created.Count} messages created");
        }

        await publisher;
        var final = rig.StartBot("final", config);
        await rig.WaitUntilAsync("every incident reached every channel and the outbox is empty", TimeSpan.FromMinutes(3), () => rig.DrainedAsync(final));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await final.TerminateAsync(TimeSpan.FromSeconds(15));

        output.WriteLine(string.Join('\n', kills) + '\n' + rig.Summary());
        Assert.Equal(Incidents * Channels, rig.Ledger().ExpectedPairs);
        try
        {
            rig.AssertEachAlertCreatedExactlyOnce();
            Assert.True(rig.Ledger().OutOfOrder.Count == 0, $"a channel got its incidents out of order\n{rig.Diagnostics()}");
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            throw new Xunit.Sdk.XunitException(ex.Message + "\nkills:\n  " + string.Join("\n  ", kills));
        }
    }
}
