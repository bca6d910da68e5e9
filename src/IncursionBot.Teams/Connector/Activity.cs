namespace IncursionBot.Teams.Connector;

/// <summary>The fields of an inbound Bot Framework activity the bot uses (BFAPI; Teams specifics in reference notes §1).</summary>
internal sealed record Activity(
    string? Type,
    string? Id,
    string? ServiceUrl,
    string? ChannelId,
    ChannelAccount? From,
    ChannelAccount? Recipient,
    ConversationAccount? Conversation,
    string? Text,
    IReadOnlyList<Entity>? Entities,
    IReadOnlyList<ChannelAccount>? MembersAdded,
    IReadOnlyList<ChannelAccount>? MembersRemoved,
    string? Action,
    TeamsChannelData? ChannelData)
{
    public bool AddsBot => Type == ActivityTypes.ConversationUpdate
        ? MembersAdded?.Any(m => IsBot(m.Id)) == true
        : Type == ActivityTypes.InstallationUpdate && Action is "add" or "add-upgrade";

    public bool RemovesBot => Type == ActivityTypes.ConversationUpdate
        ? MembersRemoved?.Any(m => IsBot(m.Id)) == true
        : Type == ActivityTypes.InstallationUpdate && Action == "remove";

    private bool IsBot(string? memberId) => memberId is not null && memberId == Recipient?.Id;
}

/// <summary>Activity types the bot reacts to.</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
}

/// <summary>A user or bot: <c>29:…</c> users carry their AAD object id; the bot is <c>28:&lt;AppId&gt;</c>.</summary>
internal sealed record ChannelAccount(string? Id, string? Name, string? AadObjectId);

internal sealed record ConversationAccount(string? Id, string? ConversationType, string? TenantId);

/// <summary>An entity of the activity; the bot reads <c>mention</c>s to strip its own.</summary>
internal sealed record Entity(string? Type, ChannelAccount? Mentioned, string? Text);

/// <summary>Teams' <c>channelData</c>: tenant, team, channel and the event that happened.</summary>
internal sealed record TeamsChannelData(IdHolder? Tenant, IdHolder? Team, IdHolder? Channel, string? EventType);

/// <summary>The <c>{"id": …}</c> objects of <c>channelData</c>.</summary>
internal sealed record IdHolder(string? Id);
