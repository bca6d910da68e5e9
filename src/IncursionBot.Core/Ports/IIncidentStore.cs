using IncursionBot.Core.Incidents;
using IncursionBot.Core.Queries;

namespace IncursionBot.Core.Ports;

/// <summary>Read access to incidents for queries and for rendering alerts.</summary>
public interface IIncidentStore
{
    /// <summary>Incidents first reported at or after <paramref name="since"/> matching the query, newest first, with their reports.</summary>
    Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, DateTimeOffset since, int limit, CancellationToken cancellationToken);

    Task<Incident?> GetAsync(long incidentId, CancellationToken cancellationToken);
}
