using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord;

/// <summary>Says once at start whether Discord is on, and how interactions arrive.</summary>
internal sealed partial class DiscordStartupNotice(IOptions<DiscordOptions> options, ILogger<DiscordStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var discord = options.Value;
        if (!discord.IsEnabled)
        {
            LogOff();
        }
        else if (discord.UseGateway)
        {
            LogOn(discord.ApplicationId ?? string.Empty, "the gateway");
        }
        else if (discord.HasPublicKey)
        {
            LogOn(discord.ApplicationId ?? string.Empty, "POST /discord/interactions");
        }
        else
        {
            LogNoInteractions();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord is off: Discord:BotToken is not set")]
    private partial void LogOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord is on for application {ApplicationId}; slash commands arrive through {Transport}")]
    private partial void LogOn(string applicationId, string transport);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord is on for alerts only: Discord:GatewayEnabled is false and Discord:PublicKey is not set, so slash commands cannot be received")]
    private partial void LogNoInteractions();
}
