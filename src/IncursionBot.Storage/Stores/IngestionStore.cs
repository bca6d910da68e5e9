using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>
/// Runs ingestion work in one write transaction serialised across processes: <c>BEGIN IMMEDIATE</c> on SQLite,
/// <c>pg_advisory_xact_lock</c> on PostgreSQL. It commits when the work returns and rolls back when it throws.
/// </summary>
internal sealed class IngestionStore(StorageDatabase database) : IIngestionStore
{
    public Task<T> RunAsync<T>(Func<IIngestionSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        database.WriteAsync(StorageDatabase.IngestionLockKey, (session, ct) => work(new IngestionSession(session), ct), cancellationToken);
}
