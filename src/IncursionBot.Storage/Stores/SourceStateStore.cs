using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>Per-source polling state in the <c>source_state</c> table, one row per source name.</summary>
internal sealed class SourceStateStore(StorageDatabase database) : ISourceStateStore
{
    private const string Columns = "name, etag, last_modified, last_poll_at, last_success_at, last_error, consecutive_failures, next_poll_at";

    public Task<SourceState?> GetAsync(string sourceName, CancellationToken cancellationToken) =>
        database.ReadAsync((session, ct) =>
            session.QuerySingleAsync($"SELECT {Columns} FROM source_state WHERE name = @name", Map, ct, ("name", sourceName)), cancellationToken);

    public Task SaveAsync(SourceState state, CancellationToken cancellationToken) =>
        database.WriteAsync((session, ct) => session.ExecuteAsync(
            $"""
            INSERT INTO source_state ({Columns})
            VALUES (@name, @etag, @last_modified, @last_poll_at, @last_success_at, @last_error, @consecutive_failures, @next_poll_at)
            ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                last_poll_at = excluded.last_poll_at, last_success_at = excluded.last_success_at, last_error = excluded.last_error,
                consecutive_failures = excluded.consecutive_failures, next_poll_at = excluded.next_poll_at
            """, ct,
            ("name", state.Name), ("etag", state.ETag), ("last_modified", state.LastModified), ("last_poll_at", state.LastPollAt),
            ("last_success_at", state.LastSuccessAt), ("last_error", state.LastError), ("consecutive_failures", state.ConsecutiveFailures),
            ("next_poll_at", state.NextPollAt)),
            cancellationToken);

    public Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<SourceState>>(async (session, ct) =>
            await session.QueryAsync($"SELECT {Columns} FROM source_state ORDER BY name", Map, ct), cancellationToken);

    private static SourceState Map(DbRow row) => new(
        row.String("name"), row.StringOrNull("etag"), row.StringOrNull("last_modified"), row.TimeOrNull("last_poll_at"),
        row.TimeOrNull("last_success_at"), row.StringOrNull("last_error"), row.Int("consecutive_failures"), row.TimeOrNull("next_poll_at"));
}
