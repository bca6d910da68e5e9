using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task A_revision_that_grew_during_the_send_keeps_the_row_due_as_an_edit()
    {
        var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
        await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0, Samples.DiscordA);
        var job = Assert.Single(await Host.Deliveries.ClaimDueAsync("x", Samples.T0, Lease, 10, None));
        Assert.Null(job.MessageId);

        // A second report merges while the first send is under way.
        await Host.Ingestion.RunAsync(async (s, ct) =>
        {
            await s.UpdateIncidentAsync(incident with { Revision = 2 }, ct);
            await s.EnqueueDeliveriesAsync(incident.Id, [Samples.DiscordA], Samples.T0, ct);
            return true;
        }, None);
        await Host.Deliveries.CompleteAsync(job.Id, "x", "msg-1", 1, false, Samples.T0.AddSeconds(1), None);

        var edit = Assert.Single(await Host.Deliveries.ClaimDueAsync("x", Samples.T0.AddSeconds(2), Lease, 10, None));
        Assert.Equal(("msg-1", 1, false), (edit.MessageId, edit.DeliveredRevision, edit.WasGrouped));
        await Host.Deliveries.CompleteAsync(edit.Id, "x", "msg-1", 2, false, Samples.T0.AddSeconds(3), None);

        Assert.Empty(await Host.Deliveries.ClaimDueAsync("x", Samples.T0.AddSeconds(4), Lease, 10, None));
        Assert.Equal(new DeliveryStats(0, 1, 0, null), await Host.Deliveries.GetStatsAsync(None));
    }

    [StorageFact]
    public async Task Enqueue_after_delivery_reopens_the_row_as_an_edit_of_the_posted_message()
    {
        var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
        await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0, Samples.DiscordA);
        var job = Assert.Single(await Host.Deliveries.ClaimDueAsync("x", Samples.T0, Lease, 10, None));
        await Host.Deliveries.CompleteAsync(job.Id, "x", "grouped-msg", 1, grouped: true, Samples.T0, None);

        await Host.Ingestion.RunAsync(async (s, ct) =>
        {
            await s.UpdateIncidentAsync(incident with { Revision = 2 }, ct);
            await s.EnqueueDeliveriesAsync(incident.Id, [Samples.DiscordA], Samples.T0.AddMinutes(10), ct);
            return true;
        }, None);

        var edit = Assert.Single(await Host.Deliveries.ClaimDueAsync("x", Samples.T0.AddMinutes(10), Lease, 10, None));
        Assert.Equal((job.Id, "grouped-msg", true, 1), (edit.Id, edit.MessageId, edit.WasGrouped, edit.DeliveredRevision));
    }

    [StorageFact]
    public async Task Dead_lettered_rows_stay_visible_and_can_be_requeued()
    {
        var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
        await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0, Samples.DiscordA, Samples.DiscordB);
        var jobs = await Host.Deliveries.ClaimDueAsync("x", Samples.T0, Lease, 10, None);
        var doomed = jobs.Single(j => j.Channel == Samples.DiscordA);
        await Host.Deliveries.RescheduleAsync(doomed.Id, "x", Samples.T0, "ServerError: 500", None);
        var again = Assert.Single(await Host.Deliveries.ClaimDueAsync("x", Samples.T0, Lease, 10, None));
        await Host.Deliveries.DeadLetterAsync(again.Id, "x", "ClientError: 400 bad embed", Samples.T0.AddMinutes(1), None);

        var failed = Assert.Single(await Host.Deliveries.ListAsync(failedOnly: true, 10, None));
        Assert.Equal((doomed.Id, DeliveryStatus.Failed, "ClientError: 400 bad embed", 1), (failed.Id, failed.Status, failed.LastError, failed.Attempts));
        Assert.Equal(new DeliveryStats(1, 0, 1, Samples.T0), await Host.Deliveries.GetStatsAsync(None));
        Assert.DoesNotContain(await Host.Deliveries.ClaimDueAsync("x", Samples.T0.AddHours(1), TimeSpan.FromSeconds(1), 10, None), j => j.Channel == Samples.DiscordA);

        Assert.False(await Host.Deliveries.RequeueAsync(999_999, Samples.T0, None));
        Assert.True(await Host.Deliveries.RequeueAsync(doomed.Id, Samples.T0.AddHours(2), None));
        Assert.False(await Host.Deliveries.RequeueAsync(doomed.Id, Samples.T0.AddHours(2), None));

        var requeued = Assert.Single(await Host.Deliveries.ClaimDueAsync("y", Samples.T0.AddHours(2), Lease, 10, None), j => j.Channel == Samples.DiscordA);
        Assert.Equal((doomed.Id, 0), (requeued.Id, requeued.Attempts));
    }
}
