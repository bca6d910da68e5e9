using System.Collections.Concurrent;
using IncursionBot.Core.Ports;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>The adapter state port in memory, as the storage engineer's tables would behave.</summary>
public sealed class InMemoryAdapterStateStore : IAdapterStateStore
{
    private readonly ConcurrentDictionary<(string Scope, string Key), string> _values = new();

    public Task<string?> GetAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue((scope, key), out var value) ? value : null);

    public Task SetAsync(string scope, string key, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _values[(scope, key)] = value;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryRemove((scope, key), out _));

    public Task<IReadOnlyDictionary<string, string>> ListAsync(string scope, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(_values.Where(v => v.Key.Scope == scope).ToDictionary(v => v.Key.Key, v => v.Value));
}
