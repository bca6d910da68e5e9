using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>Incidents in memory, filtered the way the real store filters them.</summary>
public sealed class InMemoryIncidentStore : IIncidentStore
{
    public List<Incident> Incidents { get; } = [];

    public Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Incident>>(Incidents
            .Where(i => i.FirstReportedAt >= since)
            .Where(i => query.Country is null || i.Countries.Contains(query.Country))
            .Where(i => query.Platform is null || i.Platforms.Contains(query.Platform.Value))
            .OrderByDescending(i => i.FirstReportedAt)
            .Take(limit)
            .ToArray());

    public Task<Incident?> GetAsync(long incidentId, CancellationToken cancellationToken) =>
        Task.FromResult(Incidents.FirstOrDefault(i => i.Id == incidentId));
}
