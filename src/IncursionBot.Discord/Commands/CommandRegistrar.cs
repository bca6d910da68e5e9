using IncursionBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Commands;

/// <summary>The outcome of one registration attempt.</summary>
internal enum CommandRegistration
{
    Unchanged,
    Updated,
    Failed,
    RetryLater,
}

/// <summary>
/// Registers the slash commands with one bulk <c>PUT</c> (to <c>Discord:GuildId</c> when set, else global), only when
/// <c>GET</c> shows Discord's commands differ: new commands count against Discord's 200 creates per day.
/// </summary>
internal sealed partial class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task<CommandRegistration> RegisterAsync(CancellationToken cancellationToken)
    {
        var applicationId = options.Value.ApplicationId!.Trim();
        var guildId = string.IsNullOrWhiteSpace(options.Value.GuildId) ? null : options.Value.GuildId.Trim();
        var scope = guildId is null ? "global" : $"guild {guildId}";
        var desired = CommandCatalog.Build(global: guildId is null);
        try
        {
            var current = await rest.SendAsync(DiscordRoute.GetCommands(applicationId, guildId), null, cancellationToken);
            if (current.IsSuccess && CommandComparer.AreSame(desired, current.Body))
            {
                LogUnchanged(desired.Count, scope);
                return CommandRegistration.Unchanged;
            }

            var put = await rest.SendAsync(DiscordRoute.OverwriteCommands(applicationId, guildId), desired,
                DiscordJson.Default.IReadOnlyListApplicationCommand, cancellationToken);
            if (put.IsSuccess)
            {
                LogUpdated(desired.Count, scope);
                return CommandRegistration.Updated;
            }

            LogFailed(scope, put.Describe());
            return put.Status is 429 or 408 or >= 500 ? CommandRegistration.RetryLater : CommandRegistration.Failed;
        }
        catch (HttpRequestException ex)
        {
            LogFailed(scope, ex.Message);
            return CommandRegistration.RetryLater;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(scope, "Discord did not answer in time");
            return CommandRegistration.RetryLater;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord already has the {Count} slash commands ({Scope}); registration skipped")]
    private partial void LogUnchanged(int count, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands ({Scope})")]
    private partial void LogUpdated(int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering Discord slash commands ({Scope}) failed: {Detail}")]
    private partial void LogFailed(string scope, string detail);
}
