using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Discord.Tests.Support;

/// <summary>Incidents and alerts for tests.</summary>
public static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 9, 10, 6, 0, 0, TimeSpan.Zero);

    public static Incident Incident(
        long id = 42,
        string[]? countries = null,
        Platform[]? platforms = null,
        int reports = 2,
        string summary = "Several drones crossed into Polish airspace overnight; air defences were scrambled.",
        string? title = null,
        DateTimeOffset? reportedAt = null,
        string urlBase = "https://news.example.com/story")
    {
        var at = reportedAt ?? Now.AddHours(-1);
        var evidence = new[] { new Evidence("is_incursion", "true", "drones violated Polish airspace"), new Evidence("country", "PL", "Polish airspace") };
        var list = Enumerable.Range(1, reports).Select(r => new Report(
            id * 100 + r, id, "feed", $"item-{id}-{r}", $"{urlBase}/{id}/{r}", $"{urlBase}/{id}/{r}",
            title ?? $"Report {r} about drones over Poland", summary, $"Outlet {r}", at.AddMinutes(r), at.AddMinutes(r + 1),
            new Extraction(true, countries ?? ["PL"], platforms ?? [Platform.Drone], ["RU"], evidence))).ToArray();
        return new Incident(id, countries ?? ["PL"], platforms ?? [Platform.Drone], ["RU"],
            AlertComposer.Headline(platforms ?? [Platform.Drone], countries ?? ["PL"]), summary, at, at.AddMinutes(reports), at,
            Alertable: true, Revision: reports, list);
    }

    public static AlertMessage Alert(long id = 42, int reports = 2, string? summary = null, string? title = null, string[]? countries = null) =>
        AlertComposer.Compose(Incident(id, countries: countries, reports: reports, summary: summary ?? "Drones over Poland.", title: title));
}
