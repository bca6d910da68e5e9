using System.Collections.Concurrent;

namespace IncursionBot.Discord;

/// <summary>
/// What the adapter learned at run time and <c>/healthz</c> shows: channels it stopped using after a 403/404, a bot
/// token Discord rejected with 401, and the gateway connection's state.
/// </summary>
internal sealed class DiscordState(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ChannelProblem> _disabled = new(StringComparer.Ordinal);
    private volatile TokenProblem? _tokenRevoked;
    private volatile GatewayStatus _gateway = new("not started", null, time.GetUtcNow());

    public TokenProblem? TokenRevoked => _tokenRevoked;

    public GatewayStatus Gateway => _gateway;

    public IReadOnlyDictionary<string, ChannelProblem> DisabledChannels => _disabled;

    /// <summary>Records the channel as unusable; true the first time.</summary>
    public bool DisableChannel(string channelId, string reason) =>
        _disabled.TryAdd(channelId, new ChannelProblem(reason, time.GetUtcNow()));

    /// <summary>Lets the channel be used again (someone with Manage Channels subscribed it anew).</summary>
    public bool EnableChannel(string channelId) => _disabled.TryRemove(channelId, out _);

    public bool IsChannelDisabled(string channelId, out ChannelProblem problem) => _disabled.TryGetValue(channelId, out problem!);

    /// <summary>Stops every authenticated request until restart; true the first time.</summary>
    public bool RevokeToken(string detail)
    {
        var problem = new TokenProblem(detail, time.GetUtcNow());
        return Interlocked.CompareExchange(ref _tokenRevoked, problem, null) is null;
    }

    public void SetGateway(string state, string? detail = null, bool fatal = false) =>
        _gateway = new GatewayStatus(state, detail, time.GetUtcNow(), fatal);
}

internal sealed record ChannelProblem(string Reason, DateTimeOffset Since);

internal sealed record TokenProblem(string Detail, DateTimeOffset Since);

/// <summary>The gateway as <c>/healthz</c> shows it; <see cref="Fatal"/> when Discord closed it for good (bad token, intents).</summary>
internal sealed record GatewayStatus(string State, string? Detail, DateTimeOffset Since, bool Fatal = false);
