using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>Adapter-owned key-value state in the <c>adapter_state</c> table.</summary>
internal sealed class AdapterStateStore(StorageDatabase database) : IAdapterStateStore
{
    public Task<string?> GetAsync(string scope, string key, CancellationToken cancellationToken) =>
        database.ReadAsync((session, ct) =>
            session.QuerySingleAsync("SELECT value FROM adapter_state WHERE scope = @scope AND key = @key", r => r.String("value"), ct,
                ("scope", scope), ("key", key)), cancellationToken);

    public Task SetAsync(string scope, string key, string value, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync((session, ct) => session.ExecuteAsync(
            """
            INSERT INTO adapter_state (scope, key, value, updated_at) VALUES (@scope, @key, @value, @now)
            ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, ct, ("scope", scope), ("key", key), ("value", value), ("now", now)), cancellationToken);

    public Task<bool> DeleteAsync(string scope, string key, CancellationToken cancellationToken) =>
        database.WriteAsync(null, async (session, ct) =>
            await session.ExecuteAsync("DELETE FROM adapter_state WHERE scope = @scope AND key = @key", ct, ("scope", scope), ("key", key)) > 0,
            cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListAsync(string scope, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, string>>(async (session, ct) =>
            (await session.QueryAsync("SELECT key, value FROM adapter_state WHERE scope = @scope ORDER BY key", r => (Key: r.String("key"), Value: r.String("value")), ct, ("scope", scope)))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            cancellationToken);
}
