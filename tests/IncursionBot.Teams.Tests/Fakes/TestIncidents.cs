using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>Incidents and alerts for tests, with feed text that tries Markdown on the card.</summary>
public static class TestIncidents
{
    public static Incident Create(long id, DateTimeOffset reportedAt, string country = "PL", Platform platform = Platform.Drone, int reports = 1, string? title = null)
    {
        var extraction = new Extraction(true, [country], [platform], [Origins.Russia], [new Evidence("platform", platform.ToWire(), "drones crossed the border")]);
        var reportList = Enumerable.Range(1, reports)
            .Select(i => new Report(
                (id * 100) + i,
                id,
                "test-feed",
                $"item-{id}-{i}",
                $"https://news{i}.example/{id}/report-{i}",
                $"https://news{i}.example/{id}/report-{i}",
                title ?? $"Drones over {country} reported by outlet {i}",
                "Several drones crossed the border overnight.",
                $"Outlet {i}",
                reportedAt.AddMinutes(i),
                reportedAt.AddMinutes(i + 1),
                extraction))
            .ToArray();
        return new Incident(
            id,
            [country],
            [platform],
            [Origins.Russia],
            AlertComposer.Headline([platform], [country]),
            "Several drones crossed the border overnight; air defences were scrambled.",
            reportedAt,
            reportedAt.AddMinutes(reports),
            reportedAt,
            true,
            reports,
            reportList);
    }

    public static OutgoingAlert Alert(long id, DateTimeOffset at, string? existingMessageId = null, int reports = 2) =>
        new([AlertComposer.Compose(Create(id, at, reports: reports))], $"i{id}", existingMessageId);
}
