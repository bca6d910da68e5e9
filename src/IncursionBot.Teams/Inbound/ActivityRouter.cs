using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Commands;
using IncursionBot.Teams.Connector;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Teams.Inbound;

/// <summary>
/// Acts on an authenticated activity: keeps conversation references current (saved on install, refreshed from
/// every activity, dropped on removal) and queues commands for the background worker.
/// </summary>
internal sealed partial class ActivityRouter(
    ConversationReferenceStore references,
    ISubscriptionStore subscriptions,
    TeamsTurnQueue queue,
    TeamsTargetHealth targets,
    TimeProvider time,
    ILogger<ActivityRouter> logger)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>Returns false only when the command backlog is full (the endpoint then answers 503).</summary>
    public async Task<bool> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId != TeamsChannelId)
        {
            LogIgnored(activity.ChannelId ?? "(none)");
            return true;
        }

        var conversationId = activity.Conversation!.Id!;
        if (activity.RemovesBot || activity.ChannelData?.EventType is "teamDeleted" or "teamHardDeleted")
        {
            await DropAsync(conversationId, activity.ChannelData?.Team?.Id, "the app was removed from this conversation", cancellationToken);
            return true;
        }

        if (activity.ChannelData is { EventType: "channelDeleted", Channel.Id: { } deletedChannel })
        {
            await DropAsync(deletedChannel, null, "the channel was deleted", cancellationToken);
            return true;
        }

        var reference = ReferenceFrom(activity, conversationId);
        if (await references.SaveAsync(reference, cancellationToken))
        {
            LogReferenceSaved(reference.ConversationId, reference.ConversationType ?? "unknown");
        }

        targets.Enable(reference.ConversationId);
        if (activity.AddsBot)
        {
            // A reinstall reopens a conversation an earlier removal or 403 closed.
            await subscriptions.SetChannelDisabledAsync(Channel(reference.ConversationId), null, time.GetUtcNow(), cancellationToken);
            LogInstalled(reference.ConversationId);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return true;
        }

        var turn = new TeamsTurn(reference, conversationId, activity.Id, CommandText.Normalize(activity), activity.From);
        return queue.TryEnqueue(turn);
    }

    private ConversationReference ReferenceFrom(Activity activity, string conversationId) => new(
        ConversationReference.BaseConversationId(conversationId),
        activity.ServiceUrl!,
        activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId,
        activity.ChannelData?.Team?.Id,
        activity.Recipient?.Id ?? string.Empty,
        activity.Recipient?.Name,
        activity.Conversation?.ConversationType,
        time.GetUtcNow());

    private async Task DropAsync(string conversationId, string? teamId, string reason, CancellationToken cancellationToken)
    {
        foreach (var dropped in await references.DeleteAsync(conversationId, teamId, cancellationToken))
        {
            await subscriptions.SetChannelDisabledAsync(Channel(dropped), reason, time.GetUtcNow(), cancellationToken);
            LogReferenceDropped(dropped, reason);
        }
    }

    private static ChannelRef Channel(string conversationId) => new(TeamsChatAdapter.PlatformName, conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams conversation {Conversation} ({Type}) saved")]
    private partial void LogReferenceSaved(string conversation, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "IncursionBot was added to Teams conversation {Conversation}")]
    private partial void LogInstalled(string conversation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams conversation {Conversation} dropped: {Reason}")]
    private partial void LogReferenceDropped(string conversation, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an activity from channel {ChannelId}: this bot serves Teams only")]
    private partial void LogIgnored(string channelId);
}
