using System.Text;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>Incident queries: filters match exact country and platform codes through the membership tables.</summary>
internal sealed class IncidentStore(StorageDatabase database) : IIncidentStore
{
    public Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var filter = new StringBuilder("WHERE i.first_reported_at >= @since");
        var args = new List<SqlArg> { ("since", since), ("limit", Math.Max(0, limit)) };
        if (query.Country is { } country)
        {
            filter.Append(" AND EXISTS (SELECT 1 FROM incident_countries c WHERE c.incident_id = i.id AND c.country = @country)");
            args.Add(("country", country.Trim().ToUpperInvariant()));
        }

        if (query.Platform is { } platform)
        {
            filter.Append(" AND EXISTS (SELECT 1 FROM incident_platforms p WHERE p.incident_id = i.id AND p.platform = @platform)");
            args.Add(("platform", platform.ToWire()));
        }

        filter.Append(" ORDER BY i.first_reported_at DESC, i.id DESC LIMIT @limit");
        return database.ReadAsync((session, ct) => IncidentRows.LoadAsync(session, filter.ToString(), ct, [.. args]), cancellationToken);
    }

    public Task<Incident?> GetAsync(long incidentId, CancellationToken cancellationToken) =>
        database.ReadAsync(async (session, ct) =>
            (await IncidentRows.LoadAsync(session, "WHERE i.id = @id", ct, ("id", incidentId))).FirstOrDefault(), cancellationToken);
}
