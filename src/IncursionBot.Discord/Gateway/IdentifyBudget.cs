using IncursionBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Gateway;

/// <summary>The gateway URL to connect to, once an IDENTIFY may be sent.</summary>
internal sealed record IdentifyPermit(Uri GatewayUrl);

/// <summary>
/// Guards Discord's IDENTIFY limits before each new session: asks <c>GET /gateway/bot</c> for the URL and
/// <c>session_start_limit</c>, waits out <c>reset_after</c> when none are left (going over resets the bot token), and
/// spaces identifies by 5 s / <c>max_concurrency</c>.
/// </summary>
internal sealed partial class IdentifyBudget(DiscordRestClient rest, TimeProvider time, ILogger<IdentifyBudget> logger)
{
    public static readonly TimeSpan IdentifyInterval = TimeSpan.FromSeconds(5);

    private DateTimeOffset? _lastIdentify;

    /// <summary>Null when Discord refused the request (the caller backs off); throws on network errors.</summary>
    public async Task<IdentifyPermit?> AcquireAsync(CancellationToken cancellationToken)
    {
        var response = await rest.SendAsync(DiscordRoute.GatewayBot(), null, cancellationToken);
        var info = response.IsSuccess ? response.Read(DiscordJson.Default.GatewayBotResponse) : null;
        if (info is null || !Uri.TryCreate(info.Url, UriKind.Absolute, out var url))
        {
            LogGatewayInfoFailed(response.Describe());
            return null;
        }

        var limit = info.SessionStartLimit;
        if (limit is { Remaining: <= 0 })
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            LogBudgetSpent(limit.Total, wait);
            await Task.Delay(wait, time, cancellationToken);
        }

        var spacing = IdentifyInterval / Math.Max(1, limit?.MaxConcurrency ?? 1);
        if (_lastIdentify is { } last && time.GetUtcNow() - last < spacing)
        {
            await Task.Delay(last + spacing - time.GetUtcNow(), time, cancellationToken);
        }

        _lastIdentify = time.GetUtcNow();
        return new IdentifyPermit(url);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not get the Discord gateway URL: {Detail}")]
    private partial void LogGatewayInfoFailed(string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "All {Total} Discord session starts of today are used; waiting {Wait} before identifying again")]
    private partial void LogBudgetSpent(int total, TimeSpan wait);
}
