using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Alerts;

/// <summary>
/// A platform-neutral alert for one incident. Text fields are plain and untrusted (they come from feeds):
/// every adapter escapes and truncates them for its own format.
/// </summary>
public sealed record AlertMessage(
    long IncidentId,
    string Headline,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<string> Origins,
    DateTimeOffset FirstReportedAt,
    string Summary,
    IReadOnlyList<AlertSource> Sources,
    int Revision,
    IReadOnlyList<Evidence> Evidence);

/// <summary>One original report linked from an alert.</summary>
public sealed record AlertSource(string Title, string Url, string? Outlet, DateTimeOffset PublishedAt);
