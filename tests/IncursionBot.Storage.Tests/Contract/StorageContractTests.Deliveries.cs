using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [StorageFact]
    public async Task Enqueue_keeps_one_row_per_incident_and_channel()
    {
        var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
        await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0, Samples.DiscordA, Samples.DiscordA, Samples.TeamsC);
        await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0.AddMinutes(1), Samples.DiscordA);

        var rows = await Host.Deliveries.ListAsync(false, 10, None);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((DeliveryStatus.Pending, 0, Samples.T0, Samples.T0), (r.Status, r.Attempts, r.CreatedAt, r.NextAttemptAt)));
        Assert.Equal(new DeliveryStats(2, 0, 0, Samples.T0), await Host.Deliveries.GetStatsAsync(None));
    }

    [StorageFact]
    public async Task Claims_keep_each_channel_in_incident_order_and_block_it_while_leased()
    {
        var (a1, a2, a3) = (await NewIncidentAsync(), await NewIncidentAsync(), await NewIncidentAsync());
        await Host.Ingestion.EnqueueAsync(a3, Samples.T0, Samples.DiscordA);
        await Host.Ingestion.EnqueueAsync(a2, Samples.T0, Samples.DiscordA, Samples.DiscordB);
        await Host.Ingestion.EnqueueAsync(a1, Samples.T0, Samples.DiscordA);

        var first = await Host.Deliveries.ClaimDueAsync("x", Samples.T0, Lease, 2, None);
        Assert.Equal([(a1, Samples.DiscordA), (a2, Samples.DiscordA)], first.Select(j => (j.IncidentId, j.Channel)));

        // DiscordA has live leases, so only DiscordB's row is free for another owner.
        var second = await Host.Deliveries.ClaimDueAsync("y", Samples.T0, Lease, 10, None);
        Assert.Equal([(a2, Samples.DiscordB)], second.Select(j => (j.IncidentId, j.Channel)));

        foreach (var job in first)
        {
            await Host.Deliveries.CompleteAsync(job.Id, "x", $"m{job.IncidentId}", 1, false, Samples.T0, None);
        }

        var third = await Host.Deliveries.ClaimDueAsync("y", Samples.T0, Lease, 10, None);
        Assert.Equal([(a3, Samples.DiscordA)], third.Select(j => (j.IncidentId, j.Channel)));
    }

    [StorageFact]
    public async Task A_row_waiting_for_retry_holds_back_the_later_rows_of_its_channel()
    {
        var (a1, a2) = (await NewIncidentAsync(), await NewIncidentAsync());
        await Host.Ingestion.EnqueueAsync(a1, Samples.T0, Samples.DiscordA);
        await Host.Ingestion.EnqueueAsync(a2, Samples.T0, Samples.DiscordA);
        var claimed = await Host.Deliveries.ClaimDueAsync("x", Samples.T0, Lease, 10, None);
        await Host.Deliveries.RescheduleAsync(claimed[0].Id, "x", Samples.T0.AddMinutes(1), "ServerError: 502", None);
        await Host.Deliveries.ReleaseAsync([claimed[1].Id], "x", Samples.T0.AddSeconds(2), None);

        Assert.Empty(await Host.Deliveries.ClaimDueAsync("x", Samples.T0.AddSeconds(30), Lease, 10, None));

        var retry = await Host.Deliveries.ClaimDueAsync("x", Samples.T0.AddMinutes(1), Lease, 10, None);
        Assert.Equal([(a1, 1), (a2, 0)], retry.Select(j => (j.IncidentId, j.Attempts)));
        Assert.Equal("ServerError: 502", (await Host.Deliveries.ListAsync(false, 10, None)).Single(r => r.IncidentId == a1).LastError);
    }

    [StorageFact]
    public async Task An_expired_lease_is_taken_over_and_the_old_owner_can_no_longer_change_the_row()
    {
        var incident = await NewIncidentAsync();
        await Host.Ingestion.EnqueueAsync(incident, Samples.T0, Samples.DiscordA);
        var job = Assert.Single(await Host.Deliveries.ClaimDueAsync("old", Samples.T0, Lease, 10, None));

        Assert.Empty(await Host.Deliveries.ClaimDueAsync("new", Samples.T0 + Lease, Lease, 10, None));
        var takenOver = Assert.Single(await Host.Deliveries.ClaimDueAsync("new", Samples.T0 + Lease + TimeSpan.FromSeconds(1), Lease, 10, None));
        Assert.Equal(job.Id, takenOver.Id);

        await Host.Deliveries.CompleteAsync(job.Id, "old", "m-old", 1, false, Samples.T0.AddMinutes(3), None);
        await Host.Deliveries.RescheduleAsync(job.Id, "old", Samples.T0.AddHours(1), "late", None);
        await Host.Deliveries.DeadLetterAsync(job.Id, "old", "late", Samples.T0.AddMinutes(3), None);
        await Host.Deliveries.ReleaseAsync([job.Id], "old", Samples.T0.AddHours(1), None);
        var untouched = Assert.Single(await Host.Deliveries.ListAsync(false, 10, None));
        Assert.Equal((DeliveryStatus.Pending, 0, null), (untouched.Status, untouched.Attempts, untouched.MessageId));

        await Host.Deliveries.CompleteAsync(job.Id, "new", "m-new", 1, false, Samples.T0.AddMinutes(3), None);
        var done = Assert.Single(await Host.Deliveries.ListAsync(false, 10, None));
        Assert.Equal((DeliveryStatus.Delivered, "m-new", Samples.T0.AddMinutes(3)), (done.Status, done.MessageId, done.DeliveredAt));
    }

    private async Task<long> NewIncidentAsync(int revision = 1) =>
        (await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0, revision))).Id;
}
