using System.Globalization;
using System.Text.Json.Nodes;
using IncursionBot.Core.Queries;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Cards;
using IncursionBot.Teams.Inbound;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams.Commands;

/// <summary>
/// Answers a command with a card, through the same Core queries as Discord's slash commands. Only the members in
/// <c>Teams:SubscriptionManagers</c> (when set) may change a conversation's subscriptions.
/// </summary>
internal sealed class TeamsCommandHandler(IncidentQueryService queries, SubscriptionCommands subscriptions, IOptions<TeamsOptions> options)
{
    public async Task<JsonObject> HandleAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        var command = CommandParser.Parse(turn.Text);
        var channel = new ChannelRef(TeamsChatAdapter.PlatformName, turn.Reference.ConversationId);
        return command.Verb switch
        {
            "incidents" => await IncidentsAsync(command, cancellationToken),
            "incident" => await IncidentAsync(command, cancellationToken),
            "subscribe" when MayManage(turn) => await SubscribeAsync(channel, command, cancellationToken),
            "unsubscribe" when MayManage(turn) => await UnsubscribeAsync(channel, command, cancellationToken),
            "subscribe" or "unsubscribe" => CommandCardRenderer.Error("Only this bot's subscription managers may change this conversation's subscriptions."),
            "subscriptions" => CommandCardRenderer.SubscriptionList(await subscriptions.ListAsync(channel, cancellationToken)),
            "help" or "" => CommandCardRenderer.Help(),
            _ => CommandCardRenderer.Help($"Unknown command '{CardText.Plain(command.Verb, 40)}'."),
        };
    }

    private bool MayManage(TeamsTurn turn)
    {
        var managers = options.Value.SubscriptionManagers;
        return managers.Length == 0
            || (turn.From?.AadObjectId is { Length: > 0 } id && managers.Any(m => m.Trim().Equals(id, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<JsonObject> IncidentsAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var filters = CommandParser.Filters(command.Arguments, allowDays: true);
        var parsed = IncidentQueryService.Parse(filters.Country, filters.Platform, filters.Days);
        if (!parsed.Succeeded)
        {
            return CommandCardRenderer.Error(parsed.Error!);
        }

        return CommandCardRenderer.IncidentList(parsed.Value!, await queries.RecentAsync(parsed.Value!, cancellationToken));
    }

    private async Task<JsonObject> IncidentAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        if (!long.TryParse(command.Rest.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return CommandCardRenderer.Error("Give an incident id, e.g. incident 42 (ids are in alerts and in the incidents list).");
        }

        return await queries.GetAsync(id, cancellationToken) is { } incident
            ? CommandCardRenderer.IncidentDetail(incident)
            : CommandCardRenderer.Error($"There is no incident #{id}.");
    }

    private async Task<JsonObject> SubscribeAsync(ChannelRef channel, ParsedCommand command, CancellationToken cancellationToken)
    {
        var filters = CommandParser.Filters(command.Arguments, allowDays: false);
        var result = await subscriptions.SubscribeAsync(channel, filters.Country, filters.Platform, cancellationToken);
        return result.Succeeded
            ? CommandCardRenderer.Notice("Subscribed", $"Subscription #{result.Value!.Id}: {result.Value.Describe()}. Matching new incidents will be posted here.")
            : CommandCardRenderer.Error(result.Error!);
    }

    private async Task<JsonObject> UnsubscribeAsync(ChannelRef channel, ParsedCommand command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count == 0)
        {
            return CommandCardRenderer.Error("Say which subscription to remove: unsubscribe <id|all>. List them with subscriptions.");
        }

        var result = await subscriptions.UnsubscribeAsync(channel, command.Rest, cancellationToken);
        return result.Succeeded ? CommandCardRenderer.Notice("Unsubscribed", result.Value!) : CommandCardRenderer.Error(result.Error!);
    }
}
