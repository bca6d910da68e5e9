using IncursionBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Commands;

/// <summary>
/// Dispatches an interaction to its command or to autocomplete. The HTTP endpoint and the Gateway both come here,
/// so a command behaves the same whichever way Discord delivers it. Unexpected failures become an ephemeral apology.
/// </summary>
internal sealed partial class CommandRouter(IEnumerable<ISlashCommand> commands, AutocompleteHandler autocomplete, ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, ISlashCommand> _commands = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public async Task<CommandReply> ExecuteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var context = new CommandContext(interaction);
        if (!_commands.TryGetValue(context.Name, out var command))
        {
            return CommandReply.Error($"Unknown command '{context.Name}'. The bot answers /incidents, /incident, /subscribe, /unsubscribe and /subscriptions.");
        }

        try
        {
            return await command.ExecuteAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCommandFailed(ex, context.Name);
            return CommandReply.Error("Something went wrong on the bot's side. Try again in a minute; if it persists, tell the bot's operator.");
        }
    }

    public async Task<IReadOnlyList<CommandChoice>> SuggestAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return await autocomplete.SuggestAsync(new CommandContext(interaction), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAutocompleteFailed(ex, interaction.Data?.Name ?? string.Empty);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord command /{Command} failed")]
    private partial void LogCommandFailed(Exception exception, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autocomplete for /{Command} failed")]
    private partial void LogAutocompleteFailed(Exception exception, string command);
}
