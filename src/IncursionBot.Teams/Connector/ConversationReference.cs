namespace IncursionBot.Teams.Connector;

/// <summary>
/// Where and how to reach one conversation (a channel, group chat or personal chat): what the SDK's
/// ConversationReference held. Keyed by <see cref="ConversationId"/> without any <c>;messageid=</c> thread suffix.
/// </summary>
internal sealed record ConversationReference(
    string ConversationId,
    string ServiceUrl,
    string? TenantId,
    string? TeamId,
    string BotId,
    string? BotName,
    string? ConversationType,
    DateTimeOffset UpdatedAt)
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The conversation a thread belongs to: a channel post's replies share the channel's reference.</summary>
    public static string BaseConversationId(string conversationId)
    {
        var marker = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? conversationId : conversationId[..marker];
    }

    /// <summary>True when both point at the same place the same way (ignoring when they were seen).</summary>
    public bool SameTarget(ConversationReference other) => this with { UpdatedAt = other.UpdatedAt } == other;
}
