using IncursionBot.Core.Incidents;
using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task Seen_items_dedup_by_source_id_and_by_canonical_url_across_restarts()
    {
        await Host.Ingestion.RunAsync(async (s, ct) =>
        {
            await s.RecordSeenAsync(Samples.Seen("tvn24", "guid-1", "https://tvn24.pl/a", Samples.T0), ct);
            return true;
        }, None);

        var restarted = await RestartAsync();
        var answers = await restarted.Ingestion.RunAsync(async (s, ct) => new[]
        {
            await s.IsSeenAsync("tvn24", "guid-1", "https://tvn24.pl/changed", ct),
            await s.IsSeenAsync("gdelt", "other-id", "https://tvn24.pl/a", ct),
            await s.IsSeenAsync("gdelt", "guid-1", "https://tvn24.pl/b", ct),
            await s.IsSeenAsync("tvn24", "guid-2", "https://tvn24.pl/b", ct),
        }, None);

        Assert.Equal([true, true, false, false], answers);
    }

    [StorageFact]
    public async Task Ingestion_rolls_back_everything_when_the_work_throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.Ingestion.RunAsync<bool>(async (s, ct) =>
        {
            var incident = await s.CreateIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0), ct);
            await s.AddReportAsync(Samples.Report(incident.Id, "tvn24", "g1", "https://tvn24.pl/a", Samples.T0), ct);
            await s.RecordSeenAsync(Samples.Seen("tvn24", "g1", "https://tvn24.pl/a", Samples.T0), ct);
            await s.EnqueueDeliveriesAsync(incident.Id, [Samples.DiscordA], Samples.T0, ct);
            throw new InvalidOperationException("clustering failed");
        }, None));

        Assert.False(await Host.Ingestion.RunAsync((s, ct) => s.IsSeenAsync("tvn24", "g1", "https://tvn24.pl/a", ct), None));
        Assert.Empty(await Host.Ingestion.RunAsync((s, ct) => s.GetIncidentsSinceAsync(DateTimeOffset.MinValue, ct), None));
        Assert.Equal(0, (await Host.Deliveries.GetStatsAsync(None)).Pending);
    }

    [StorageFact]
    public async Task Incident_and_reports_round_trip_and_update_overwrites_own_fields()
    {
        var created = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL", "LT"], [Platform.Drone, Platform.Balloon], Samples.T0));
        var report = await Host.Ingestion.RunAsync((s, ct) => s.AddReportAsync(Samples.Report(created.Id, "tvn24", "g1", "https://www.tvn24.pl/a?utm_source=x", Samples.T0), ct), None);
        Assert.True(created.Id > 0);
        Assert.True(report.Id > 0);

        var loaded = await Host.Incidents.GetAsync(created.Id, None);
        Assert.NotNull(loaded);
        Same.Incident(created, loaded);
        Same.Report(report, Assert.Single(loaded.Reports));

        var merged = loaded with
        {
            Countries = ["PL", "LT", "LV"], Platforms = [Platform.Drone], Headline = "Drones over Poland, Lithuania and Latvia",
            LastReportedAt = Samples.T0.AddHours(2), Alertable = false, Revision = 2, Reports = [],
        };
        await Host.Ingestion.RunAsync(async (s, ct) =>
        {
            await s.UpdateIncidentAsync(merged, ct);
            return true;
        }, None);

        var updated = await (await RestartAsync()).Incidents.GetAsync(created.Id, None);
        Same.Incident(merged, updated!);
        Assert.Single(updated!.Reports);
        Assert.Null(await Host.Incidents.GetAsync(created.Id + 1000, None));
    }

    [StorageFact]
    public async Task Incidents_since_select_by_last_report_with_their_reports()
    {
        var old = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["EE"], [Platform.FighterJet], Samples.T0.AddDays(-3)));
        var recent = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0.AddDays(-3)) with { LastReportedAt = Samples.T0 });
        await Host.Ingestion.RunAsync(async (s, ct) =>
        {
            await s.AddReportAsync(Samples.Report(recent.Id, "a", "1", "https://a.example/1", Samples.T0), ct);
            await s.AddReportAsync(Samples.Report(recent.Id, "b", "2", "https://b.example/2", Samples.T0), ct);
            await s.AddReportAsync(Samples.Report(old.Id, "a", "3", "https://a.example/3", Samples.T0), ct);
            return true;
        }, None);

        var since = await Host.Ingestion.RunAsync((s, ct) => s.GetIncidentsSinceAsync(Samples.T0.AddDays(-1), ct), None);

        var only = Assert.Single(since);
        Assert.Equal(recent.Id, only.Id);
        Assert.Equal(["1", "2"], only.Reports.Select(r => r.ItemId));
    }

    [StorageFact]
    public async Task Ingestion_transactions_are_serialised_across_instances()
    {
        var other = await RestartAsync();
        var order = new List<string>();
        var firstInside = new TaskCompletionSource();

        var first = Host.Ingestion.RunAsync(async (s, ct) =>
        {
            lock (order) order.Add("first-start");
            firstInside.SetResult();
            await Task.Delay(400, ct);
            await s.RecordSeenAsync(Samples.Seen("src", "item", "https://x.example/1", Samples.T0), ct);
            lock (order) order.Add("first-end");
            return true;
        }, None);
        await firstInside.Task;
        var second = other.Ingestion.RunAsync(async (s, ct) =>
        {
            lock (order) order.Add("second-start");
            return await s.IsSeenAsync("src", "item", "https://x.example/1", ct);
        }, None);

        await first;
        Assert.True(await second);
        Assert.Equal(["first-start", "first-end", "second-start"], order);
    }
}
