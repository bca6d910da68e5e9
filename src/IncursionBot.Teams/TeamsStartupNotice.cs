using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams;

/// <summary>Says once, at start, which Teams modes are on, so an operator sees why nothing reaches Teams.</summary>
internal sealed partial class TeamsStartupNotice(IOptions<TeamsOptions> options, ILogger<TeamsStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var teams = options.Value;
        if (!teams.BotEnabled && !teams.WebhooksEnabled)
        {
            LogOff();
        }
        else
        {
            LogOn(teams.BotEnabled ? "on" : "off (Teams:AppId/Teams:AppPassword empty)", teams.Webhooks.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams is off: set Teams:AppId and Teams:AppPassword for the bot, or Teams:Webhooks for alert-only Workflows webhooks")]
    private partial void LogOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams bot {BotMode}; {WebhookCount} Workflows webhook(s) configured")]
    private partial void LogOn(string botMode, int webhookCount);
}
