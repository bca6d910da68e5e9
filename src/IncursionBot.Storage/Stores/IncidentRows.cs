using IncursionBot.Core.Incidents;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>Reading and writing incidents and reports, shared by the ingestion session and the incident store.</summary>
internal static class IncidentRows
{
    /// <summary>Report ids per <c>IN</c> list: far below every provider's parameter limit.</summary>
    private const int ChunkSize = 500;

    private const string IncidentColumns =
        "i.id, i.countries, i.platforms, i.origins, i.headline, i.summary, i.first_reported_at, i.last_reported_at, i.first_seen_at, i.alertable, i.revision";

    private const string ReportColumns =
        "id, incident_id, source_name, item_id, url, canonical_url, title, summary, outlet, published_at, seen_at, extraction";

    /// <summary>Incidents selected by <paramref name="filter"/> (WHERE, ORDER BY, LIMIT over alias <c>i</c>), then all their reports in one query.</summary>
    public static async Task<IReadOnlyList<Incident>> LoadAsync(DbSession session, string filter, CancellationToken cancellationToken, params SqlArg[] args)
    {
        var incidents = await session.QueryAsync($"SELECT {IncidentColumns} FROM incidents i {filter}", MapIncident, cancellationToken, args);
        if (incidents.Count == 0)
        {
            return [];
        }

        var reports = new Dictionary<long, List<Report>>();
        foreach (var chunk in incidents.Select(i => i.Id).Chunk(ChunkSize))
        {
            var (inList, idArgs) = SqlArg.List("incident", chunk);
            var rows = await session.QueryAsync(
                $"SELECT {ReportColumns} FROM reports WHERE incident_id IN {inList} ORDER BY id", MapReport, cancellationToken, idArgs);
            foreach (var report in rows)
            {
                (reports.TryGetValue(report.IncidentId, out var list) ? list : reports[report.IncidentId] = []).Add(report);
            }
        }

        return incidents.Select(i => i with { Reports = reports.TryGetValue(i.Id, out var list) ? list : [] }).ToArray();
    }

    public static async Task<long> InsertAsync(DbSession session, Incident incident, CancellationToken cancellationToken)
    {
        var id = await session.ScalarAsync<long>(
            """
            INSERT INTO incidents (countries, platforms, origins, headline, summary, first_reported_at, last_reported_at, first_seen_at, alertable, revision)
            VALUES (@countries, @platforms, @origins, @headline, @summary, @first_reported_at, @last_reported_at, @first_seen_at, @alertable, @revision)
            RETURNING id
            """, cancellationToken, Fields(incident));
        await WriteTagsAsync(session, id, incident, cancellationToken);
        return id;
    }

    public static async Task UpdateAsync(DbSession session, Incident incident, CancellationToken cancellationToken)
    {
        var updated = await session.ExecuteAsync(
            """
            UPDATE incidents SET countries = @countries, platforms = @platforms, origins = @origins, headline = @headline,
                summary = @summary, first_reported_at = @first_reported_at, last_reported_at = @last_reported_at,
                first_seen_at = @first_seen_at, alertable = @alertable, revision = @revision
            WHERE id = @id
            """, cancellationToken, [.. Fields(incident), ("id", incident.Id)]);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Incident {incident.Id} does not exist.");
        }

        await WriteTagsAsync(session, incident.Id, incident, cancellationToken);
    }

    public static Task<long> InsertReportAsync(DbSession session, Report report, CancellationToken cancellationToken) =>
        session.ScalarAsync<long>(
            """
            INSERT INTO reports (incident_id, source_name, item_id, url, canonical_url, title, summary, outlet, published_at, seen_at, extraction)
            VALUES (@incident_id, @source_name, @item_id, @url, @canonical_url, @title, @summary, @outlet, @published_at, @seen_at, @extraction)
            RETURNING id
            """, cancellationToken,
            ("incident_id", report.IncidentId), ("source_name", report.SourceName), ("item_id", report.ItemId), ("url", report.Url),
            ("canonical_url", report.CanonicalUrl), ("title", report.Title), ("summary", report.Summary), ("outlet", report.Outlet),
            ("published_at", report.PublishedAt), ("seen_at", report.SeenAt), ("extraction", ExtractionJson.Write(report.Extraction)));

    private static SqlArg[] Fields(Incident incident) =>
    [
        ("countries", ListText.Join(incident.Countries)), ("platforms", ListText.JoinPlatforms(incident.Platforms)),
        ("origins", ListText.Join(incident.Origins)), ("headline", incident.Headline), ("summary", incident.Summary),
        ("first_reported_at", incident.FirstReportedAt), ("last_reported_at", incident.LastReportedAt),
        ("first_seen_at", incident.FirstSeenAt), ("alertable", incident.Alertable), ("revision", incident.Revision),
    ];

    /// <summary>Rewrites the membership rows that country and platform filters join on.</summary>
    private static async Task WriteTagsAsync(DbSession session, long incidentId, Incident incident, CancellationToken cancellationToken)
    {
        await WriteTagAsync(session, "incident_countries", "country", incidentId, incident.Countries.Select(c => c.Trim().ToUpperInvariant()), cancellationToken);
        await WriteTagAsync(session, "incident_platforms", "platform", incidentId, incident.Platforms.Select(p => p.ToWire()), cancellationToken);
    }

    private static async Task WriteTagAsync(DbSession session, string table, string column, long incidentId, IEnumerable<string> values, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync($"DELETE FROM {table} WHERE incident_id = @id", cancellationToken, ("id", incidentId));
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return;
        }

        var args = distinct.Select((v, i) => new SqlArg($"v{i}", v)).Append(new SqlArg("id", incidentId)).ToArray();
        var rows = string.Join(", ", distinct.Select((_, i) => $"(@id, @v{i})"));
        await session.ExecuteAsync($"INSERT INTO {table} (incident_id, {column}) VALUES {rows}", cancellationToken, args);
    }

    private static Incident MapIncident(DbRow row) => new(
        row.Long("id"), ListText.Split(row.String("countries")), ListText.SplitPlatforms(row.String("platforms")),
        ListText.Split(row.String("origins")), row.String("headline"), row.String("summary"), row.Time("first_reported_at"),
        row.Time("last_reported_at"), row.Time("first_seen_at"), row.Bool("alertable"), row.Int("revision"), []);

    private static Report MapReport(DbRow row) => new(
        row.Long("id"), row.Long("incident_id"), row.String("source_name"), row.String("item_id"), row.String("url"),
        row.String("canonical_url"), row.String("title"), row.String("summary"), row.StringOrNull("outlet"),
        row.Time("published_at"), row.Time("seen_at"), ExtractionJson.Read(row.String("extraction")));
}
