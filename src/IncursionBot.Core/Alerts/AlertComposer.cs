using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Alerts;

/// <summary>Turns an incident into the neutral alert every adapter renders.</summary>
public static class AlertComposer
{
    public static AlertMessage Compose(Incident incident) => new(
        incident.Id,
        Headline(incident.Platforms, incident.Countries),
        incident.Countries.Select(code => Countries.FindByCode(code) ?? new Country(code, code)).ToArray(),
        incident.Platforms,
        incident.Origins,
        incident.FirstReportedAt,
        incident.Summary,
        incident.Reports
            .OrderBy(r => r.PublishedAt).ThenBy(r => r.Id)
            .Select(r => new AlertSource(r.Title, r.Url, r.Outlet, r.PublishedAt))
            .ToArray(),
        incident.Revision,
        incident.Reports.SelectMany(r => r.Extraction.Evidence).Distinct().ToArray());

    /// <summary>"Drone incursion — Poland, Lithuania"; "Airspace incursion — Estonia" when the platform is unknown.</summary>
    public static string Headline(IReadOnlyList<Platform> platforms, IReadOnlyList<string> countryCodes)
    {
        var what = platforms.Count == 0 ? "Airspace" : string.Join(" and ", platforms.Select(p => p.ToLabel()));
        var where = countryCodes.Count == 0
            ? "NATO/EU airspace"
            : string.Join(", ", countryCodes.Select(c => Countries.FindByCode(c)?.Name ?? c));
        return $"{what} incursion — {where}";
    }
}
