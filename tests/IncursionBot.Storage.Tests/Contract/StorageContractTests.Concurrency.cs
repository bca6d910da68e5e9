using System.Collections.Concurrent;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task Two_concurrent_claimers_never_claim_the_same_row_and_keep_channel_order()
    {
        var channels = Enumerable.Range(0, 3).Select(i => new ChannelRef("discord", $"c{i}")).ToArray();
        var incidents = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0));
            await Host.Ingestion.EnqueueAsync(incident.Id, Samples.T0, channels);
            incidents.Add(incident.Id);
        }

        var other = await RestartAsync();
        var claims = new ConcurrentQueue<(string Owner, long Id, ChannelRef Channel, long IncidentId)>();
        async Task DrainAsync(StorageHost host, string owner)
        {
            var idle = 0;
            while (idle < 3)
            {
                var jobs = await host.Deliveries.ClaimDueAsync(owner, Samples.T0, TimeSpan.FromMinutes(5), 2, None);
                idle = jobs.Count == 0 ? idle + 1 : 0;
                foreach (var job in jobs)
                {
                    claims.Enqueue((owner, job.Id, job.Channel, job.IncidentId));
                }

                foreach (var job in jobs)
                {
                    await host.Deliveries.CompleteAsync(job.Id, owner, $"m{job.Id}", 1, false, Samples.T0, None);
                }

                await Task.Yield();
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync(Host, "one")), Task.Run(() => DrainAsync(other, "two")));

        var all = claims.ToArray();
        Assert.Equal(channels.Length * incidents.Count, all.Length);
        Assert.Equal(all.Length, all.Select(c => c.Id).Distinct().Count());
        foreach (var channel in channels)
        {
            Assert.Equal(incidents, all.Where(c => c.Channel == channel).Select(c => c.IncidentId));
        }

        Assert.Equal(all.Length, (await Host.Deliveries.GetStatsAsync(None)).Delivered);
    }
}
