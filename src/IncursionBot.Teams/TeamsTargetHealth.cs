using System.Collections.Concurrent;

namespace IncursionBot.Teams;

/// <summary>Targets the adapter found closed (403/404, missing reference), for <c>/healthz</c>; a new activity from one reopens it.</summary>
internal sealed class TeamsTargetHealth(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DisabledTarget> _disabled = new(StringComparer.Ordinal);

    public IReadOnlyList<DisabledTarget> Disabled => _disabled.Values.OrderBy(t => t.Since).ToArray();

    public void Disable(string channelId, string reason) =>
        _disabled[channelId] = new DisabledTarget(channelId, reason, time.GetUtcNow());

    public void Enable(string channelId) => _disabled.TryRemove(channelId, out _);
}

/// <summary>A Teams target the adapter stopped posting to, and why.</summary>
internal sealed record DisabledTarget(string ChannelId, string Reason, DateTimeOffset Since);
