using IncursionBot.Core.Ports;
using IncursionBot.Teams.Auth;
using IncursionBot.Teams.Webhooks;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams;

/// <summary>The <c>teams</c> section of <c>/healthz</c>: modes, token state and closed targets. Unhealthy when the credentials are refused.</summary>
internal sealed class TeamsHealthContributor(IOptions<TeamsOptions> options, TeamsTargetHealth targets, BotTokenProvider? tokens, WebhookSender? webhooks)
    : IHealthContributor
{
    public string Name => TeamsChatAdapter.PlatformName;

    public Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken)
    {
        var token = tokens?.Status;
        var data = new Dictionary<string, object?>
        {
            ["bot"] = options.Value.BotEnabled ? "on" : "off",
            ["webhooks"] = webhooks?.Names.Order(StringComparer.Ordinal).ToArray() ?? [],
            ["token"] = token is null ? null : new Dictionary<string, object?>
            {
                ["state"] = token.State,
                ["validUntil"] = token.ValidUntil,
                ["lastError"] = token.LastError,
            },
            ["disabledTargets"] = targets.Disabled
                .Select(t => new Dictionary<string, object?> { ["channel"] = t.ChannelId, ["reason"] = t.Reason, ["since"] = t.Since })
                .ToArray(),
        };
        return Task.FromResult(new HealthReport(token?.CredentialsRefused != true, data));
    }
}
