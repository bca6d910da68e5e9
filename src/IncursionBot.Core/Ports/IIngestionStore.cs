using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Core.Ports;

/// <summary>
/// Runs ingestion work in one transaction that is serialised across processes (SQLite: <c>BEGIN IMMEDIATE</c>;
/// PostgreSQL: an advisory transaction lock), so that the item, its incident, its report and its delivery rows
/// are stored together or not at all, and two instances never cluster the same event twice.
/// </summary>
public interface IIngestionStore
{
    Task<T> RunAsync<T>(Func<IIngestionSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}

/// <summary>The operations available inside one ingestion transaction.</summary>
public interface IIngestionSession
{
    /// <summary>True when this source already delivered this id, or any source delivered this canonical URL.</summary>
    Task<bool> IsSeenAsync(string sourceName, string itemId, string canonicalUrl, CancellationToken cancellationToken);

    Task RecordSeenAsync(SeenItem item, CancellationToken cancellationToken);

    /// <summary>Incidents (with their reports) last reported at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Incident>> GetIncidentsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Inserts an incident (its <c>Id</c> and <c>Reports</c> are ignored) and returns it with its id.</summary>
    Task<Incident> CreateIncidentAsync(Incident incident, CancellationToken cancellationToken);

    /// <summary>Overwrites an incident's own fields (not its reports).</summary>
    Task UpdateIncidentAsync(Incident incident, CancellationToken cancellationToken);

    /// <summary>Inserts a report (its <c>Id</c> is ignored) and returns it with its id.</summary>
    Task<Report> AddReportAsync(Report report, CancellationToken cancellationToken);

    /// <summary>
    /// Ensures one delivery row per (incident, channel): missing rows are inserted as due now; rows already
    /// delivered become due again as an update of the posted message. Disabled channels are skipped.
    /// </summary>
    Task EnqueueDeliveriesAsync(long incidentId, IReadOnlyList<ChannelRef> channels, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Proof that an item was processed, so it never alerts again.</summary>
public sealed record SeenItem(
    string SourceName,
    string ItemId,
    string CanonicalUrl,
    string Title,
    bool IsIncursion,
    long? ReportId,
    DateTimeOffset SeenAt);
