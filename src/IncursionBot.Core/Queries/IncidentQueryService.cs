using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;

namespace IncursionBot.Core.Queries;

/// <summary>The one implementation of "recent incidents" and "one incident" behind every chat command and verb.</summary>
public sealed class IncidentQueryService(IIncidentStore store, TimeProvider time)
{
    /// <summary>At most this many incidents per answer: chat messages have hard size limits.</summary>
    public const int MaxResults = 20;

    /// <summary>Validates what a user typed; errors name the option and the accepted values.</summary>
    public static CommandResult<IncidentQuery> Parse(string? country, string? platform, int? days)
    {
        string? countryCode = null;
        if (!string.IsNullOrWhiteSpace(country) && country.Trim() != "*")
        {
            if (!Countries.TryResolve(country, out var resolved))
            {
                return CommandResult<IncidentQuery>.Fail(
                    $"Unknown country '{country.Trim()}'. Use an ISO code such as PL or a name such as Poland (NATO and EU members, and Moldova).");
            }

            countryCode = resolved.Code;
        }

        Platform? platformValue = null;
        if (!string.IsNullOrWhiteSpace(platform) && platform.Trim() != "*")
        {
            if (!PlatformNames.TryParse(platform, out var parsed))
            {
                return CommandResult<IncidentQuery>.Fail(
                    $"Unknown platform '{platform.Trim()}'. Use one of: {string.Join(", ", PlatformNames.All.Select(p => p.ToWire()))}.");
            }

            platformValue = parsed;
        }

        var dayCount = days ?? IncidentQuery.DefaultDays;
        if (dayCount is < IncidentQuery.MinDays or > IncidentQuery.MaxDays)
        {
            return CommandResult<IncidentQuery>.Fail(
                $"days must be between {IncidentQuery.MinDays} and {IncidentQuery.MaxDays} (got {dayCount}).");
        }

        return CommandResult<IncidentQuery>.Ok(new IncidentQuery(countryCode, platformValue, dayCount));
    }

    public Task<IReadOnlyList<Incident>> RecentAsync(IncidentQuery query, CancellationToken cancellationToken) =>
        store.QueryAsync(query, time.GetUtcNow().AddDays(-query.Days), MaxResults, cancellationToken);

    public Task<Incident?> GetAsync(long incidentId, CancellationToken cancellationToken) =>
        store.GetAsync(incidentId, cancellationToken);

    /// <summary>"drone incidents in Poland in the last 7 days", for headings.</summary>
    public static string Describe(IncidentQuery query)
    {
        var what = query.Platform is { } p ? $"{p.ToWire()} incidents" : "incidents";
        var where = query.Country is { } c ? $" in {Countries.FindByCode(c)?.Name ?? c}" : string.Empty;
        return $"{what}{where} in the last {query.Days} day{(query.Days == 1 ? string.Empty : "s")}";
    }
}
