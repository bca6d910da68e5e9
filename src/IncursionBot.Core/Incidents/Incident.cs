namespace IncursionBot.Core.Incidents;

/// <summary>
/// One real-world event, possibly reported by several outlets. <see cref="Revision"/> grows each time a report
/// is attached, so adapters know a posted alert needs editing.
/// </summary>
public sealed record Incident(
    long Id,
    IReadOnlyList<string> Countries,
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<string> Origins,
    string Headline,
    string Summary,
    DateTimeOffset FirstReportedAt,
    DateTimeOffset LastReportedAt,
    DateTimeOffset FirstSeenAt,
    bool Alertable,
    int Revision,
    IReadOnlyList<Report> Reports);
