using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// Scenario C (issue 6): two service instances on one PostgreSQL database share one feed and one Discord. Each alert
/// is created once in total, the feed is polled once per interval in total (Quartz's clustered job store), and
/// when one instance is SIGKILLed in the middle of a send, the other takes its rows over once their lease expires
/// without posting any of them twice.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollWindow = TimeSpan.FromSeconds(40);

    [PostgresFact]
    public async Task Two_instances_alert_once_poll_once_per_interval_and_finish_a_killed_peers_work()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var rig = await ReliabilityRig.StartAsync(incidents: 12, channels: 10, new FaultInjector(seed: 8001) { Rate = 0.1 });
        var config = rig.WriteConfig(new JsonObject { ["Provider"] = "Postgres", ["ConnectionString"] = database.ConnectionString }, new JsonObject
        {
            ["BackoffBase"] = "00:00:00.200",
            ["BackoffCap"] = "00:00:02",
            ["SendTimeout"] = "00:00:05",
            ["Lease"] = "00:00:20",
            // Small claims so that both instances get a share of the outbox.
            ["BatchSize"] = 5,
        }, PollInterval);
        var failures = new List<string>();
        rig.Feed.Publish(8);
        var a = rig.StartBot("a", config, tokenSuffix: "a");
        var b = rig.StartBot("b", config, tokenSuffix: "b");
        await rig.WaitUntilAsync("both instances answer /healthz", TimeSpan.FromSeconds(60),
            async () => await a.HealthAsync() is not null && await b.HealthAsync() is not null);

        var pollsBefore = rig.Feed.Polls;
        await Task.Delay(PollWindow);
        var polls = rig.Feed.Polls - pollsBefore;
        // One scheduler fires about PollWindow / PollInterval = 4 times; two unclustered schedulers about 8.
        if (polls > 6)
        {
            failures.Add($"the feed was polled {polls} times in {PollWindow.TotalSeconds}s with PollInterval {PollInterval.TotalSeconds}s across two instances: each instance polls on its own (one instance's share is about 4)");
        }
        else if (polls < 3)
        {
            failures.Add($"the feed was polled only {polls} times in {PollWindow.TotalSeconds}s with PollInterval {PollInterval.TotalSeconds}s: polling stalled");
        }

        await rig.WaitUntilAsync("the first 8 incidents reached every channel", TimeSpan.FromMinutes(2), () => rig.DrainedAsync(a));
        var firstPhase = rig.Ledger();
        failures.AddRange(firstPhase.Duplicates.Select(d => "before the kill: " + d));
        var sendersBefore = Senders(rig);

        // Instance a now creates each message and never answers, so it is surely holding leased rows when it dies.
        rig.Discord.SendLatency = TimeSpan.FromMilliseconds(300);
        rig.Discord.StallSender = "a";
        rig.Feed.Publish(4);
        await rig.WaitUntilAsync("instance a is in the middle of a send", TimeSpan.FromSeconds(90), () => Task.FromResult(rig.Discord.StalledSends > 0));
        var leases = await LeasesAsync(database);
        await a.KillAsync();
        rig.Discord.StallSender = null;
        await rig.WaitUntilAsync("instance b delivered everything, including the rows a held", TimeSpan.FromMinutes(2), () => rig.DrainedAsync(b));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await b.TerminateAsync(TimeSpan.FromSeconds(15));

        output.WriteLine($"polls in the window: {polls}; messages by sender before the kill: {sendersBefore}; leases when a was killed: {leases}\n{rig.Summary()}");
        var ledger = rig.Ledger();
        failures.AddRange(ledger.Missing.Select(m => "missing: " + m));
        failures.AddRange(ledger.Duplicates.Select(d => "duplicated: " + d));
        Assert.True(failures.Count == 0,
            $"{failures.Count} failures:\n  {string.Join("\n  ", failures)}\n" +
            $"messages by sender before the kill: {sendersBefore}; after: {Senders(rig)}; leases when a was killed: {leases}\n{rig.Summary()}");
    }

    [PostgresFact]
    public async Task A_live_instance_keeps_the_rows_it_claimed_while_it_is_still_sending_them()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var rig = await ReliabilityRig.StartAsync(incidents: 6, channels: 2, new FaultInjector(seed: 8002) { Rate = 0 });
        // Every send succeeds but takes 2.5 s, well inside SendTimeout; a channel's six alerts take 15 s in all.
        rig.Discord.SendLatency = TimeSpan.FromSeconds(2.5);
        var config = rig.WriteConfig(new JsonObject { ["Provider"] = "Postgres", ["ConnectionString"] = database.ConnectionString }, new JsonObject
        {
            ["SendTimeout"] = "00:00:05",
            ["Lease"] = "00:00:06",
            ["GroupThreshold"] = 1000,
        }, PollInterval);
        rig.Feed.Publish(6);
        var a = rig.StartBot("a", config, tokenSuffix: "a");
        var b = rig.StartBot("b", config, tokenSuffix: "b");

        await rig.WaitUntilAsync("every incident reached both channels and the outbox is empty", TimeSpan.FromMinutes(2), () => rig.DrainedAsync(a));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Task.WhenAll(a.TerminateAsync(TimeSpan.FromSeconds(15)), b.TerminateAsync(TimeSpan.FromSeconds(15)));

        output.WriteLine(rig.Summary());
        rig.AssertEachAlertCreatedExactlyOnce();
        // Discord's nonce hides a second send of the same alert; Teams and the console have no nonce and would show it twice.
        var shared = rig.Discord.NoncesFromSeveralSenders;
        Assert.True(shared.Count == 0,
            $"{shared.Count} alerts were sent by both live instances: the first instance's lease ran out while it was still working " +
            $"through the rows it had claimed, and the second claimed them too:\n  {string.Join("\n  ", shared)}\n{rig.Diagnostics()}");
    }

    private static string Senders(ReliabilityRig rig) =>
        string.Join(", ", rig.Discord.Created.GroupBy(m => m.Sender).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));

    private static async Task<string> LeasesAsync(PostgresDatabase database)
    {
        try
        {
            var rows = await database.QueryAsync(
                "SELECT lease_owner || ' holds ' || count(*) FROM deliveries WHERE status = 'pending' AND lease_until > now() GROUP BY lease_owner");
            return rows.Count == 0 ? "none" : string.Join("; ", rows);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            return $"(query failed: {ex.Message})";
        }
    }
}
