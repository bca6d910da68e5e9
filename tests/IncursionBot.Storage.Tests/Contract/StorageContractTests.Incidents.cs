using IncursionBot.Core.Incidents;
using IncursionBot.Core.Queries;
using IncursionBot.Storage.Tests.Infrastructure;

namespace IncursionBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [StorageFact]
    public async Task Query_filters_by_exact_country_and_platform_codes_newest_first()
    {
        var plDrone = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0.AddHours(-5)));
        var plLtBalloon = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["LT", "PL"], [Platform.Balloon, Platform.Drone], Samples.T0.AddHours(-1)));
        var eeJet = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["EE"], [Platform.FighterJet], Samples.T0.AddHours(-3)));
        var since = Samples.T0.AddDays(-7);

        async Task<long[]> Ids(string? country, Platform? platform) =>
            (await Host.Incidents.QueryAsync(new IncidentQuery(country, platform, 7), since, 20, None)).Select(i => i.Id).ToArray();

        Assert.Equal([plLtBalloon.Id, eeJet.Id, plDrone.Id], await Ids(null, null));
        Assert.Equal([plLtBalloon.Id, plDrone.Id], await Ids("PL", null));
        Assert.Equal([plLtBalloon.Id], await Ids("LT", null));
        Assert.Equal([plLtBalloon.Id, plDrone.Id], await Ids(null, Platform.Drone));
        Assert.Equal([plLtBalloon.Id], await Ids("PL", Platform.Balloon));
        Assert.Empty(await Ids("EE", Platform.Drone));
        // Substrings of stored code lists must not match.
        Assert.Empty(await Ids("L", null));
        Assert.Empty(await Ids("T", null));
        Assert.Empty(await Ids("E", null));
    }

    [StorageFact]
    public async Task Query_respects_since_and_limit_and_loads_reports()
    {
        var ids = new List<long>();
        for (var day = 0; day < 5; day++)
        {
            var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Drone], Samples.T0.AddDays(-day)));
            await Host.Ingestion.RunAsync((s, ct) => s.AddReportAsync(Samples.Report(incident.Id, "src", $"i{day}", $"https://x.example/{day}", Samples.T0), ct), None);
            ids.Add(incident.Id);
        }

        var recent = await Host.Incidents.QueryAsync(new IncidentQuery("PL", null, 3), Samples.T0.AddDays(-3), 20, None);
        Assert.Equal(ids.Take(4), recent.Select(i => i.Id));
        Assert.All(recent, i => Assert.Equal(i.Id, Assert.Single(i.Reports).IncidentId));

        var limited = await Host.Incidents.QueryAsync(new IncidentQuery(null, null, 7), Samples.T0.AddDays(-7), 2, None);
        Assert.Equal(ids.Take(2), limited.Select(i => i.Id));
    }

    [StorageFact]
    public async Task Merged_incident_is_found_by_its_new_country_and_not_by_a_dropped_platform()
    {
        var incident = await Host.Ingestion.StoreIncidentAsync(Samples.Incident(["PL"], [Platform.Balloon], Samples.T0));
        await Host.Ingestion.RunAsync(async (s, ct) =>
        {
            await s.UpdateIncidentAsync(incident with { Countries = ["PL", "LV"], Platforms = [Platform.Drone], Revision = 2 }, ct);
            return true;
        }, None);

        var byLatvia = await Host.Incidents.QueryAsync(new IncidentQuery("LV", null, 7), Samples.T0.AddDays(-1), 20, None);
        var byBalloon = await Host.Incidents.QueryAsync(new IncidentQuery(null, Platform.Balloon, 7), Samples.T0.AddDays(-1), 20, None);

        Assert.Equal(2, Assert.Single(byLatvia).Revision);
        Assert.Empty(byBalloon);
    }
}
