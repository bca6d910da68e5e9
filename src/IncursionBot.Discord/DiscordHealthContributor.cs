using IncursionBot.Core.Ports;
using IncursionBot.Discord.RateLimits;

namespace IncursionBot.Discord;

/// <summary>The <c>discord</c> section of <c>/healthz</c>. Unhealthy when the token was rejected or the gateway stopped for good.</summary>
internal sealed class DiscordHealthContributor(DiscordState state, InvalidRequestGuard invalidRequests) : IHealthContributor
{
    public string Name => "discord";

    public Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken)
    {
        var gateway = state.Gateway;
        var token = state.TokenRevoked;
        var data = new Dictionary<string, object?>
        {
            ["gateway"] = new Dictionary<string, object?>
            {
                ["state"] = gateway.State,
                ["detail"] = gateway.Detail,
                ["since"] = gateway.Since,
            },
            ["tokenRevoked"] = token is not null,
            ["tokenRevokedAt"] = token?.Since,
            ["tokenDetail"] = token?.Detail,
            ["disabledChannels"] = state.DisabledChannels
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new Dictionary<string, object?> { ["channel"] = c.Key, ["reason"] = c.Value.Reason, ["since"] = c.Value.Since })
                .ToArray(),
            ["invalidRequestsLast10Minutes"] = invalidRequests.Count,
            ["invalidRequestLimit"] = InvalidRequestGuard.DiscordBanThreshold,
        };
        return Task.FromResult(new HealthReport(token is null && !gateway.Fatal, data));
    }
}
