namespace IncursionBot.Discord.Rest;

/// <summary>
/// One REST call: the path to request, the template it belongs to (for rate-limit buckets and logs, never the
/// concrete path, which may hold an interaction token) and its major parameter (channel, guild or webhook).
/// Interaction callbacks and follow-ups (<see cref="IsInteraction"/>) are authorised by the interaction token, not the
/// bot token, and are exempt from the global limit.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool IsInteraction = false)
{
    /// <summary>Requests of one template share a bucket until Discord names the bucket.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{Escape(channelId)}/messages", channelId);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"/channels/{Escape(channelId)}/messages/{Escape(messageId)}", channelId);

    public static DiscordRoute GetCommands(string applicationId, string? guildId) =>
        new(HttpMethod.Get, CommandsTemplate(guildId), CommandsPath(applicationId, guildId), guildId ?? "global");

    public static DiscordRoute OverwriteCommands(string applicationId, string? guildId) =>
        new(HttpMethod.Put, CommandsTemplate(guildId), CommandsPath(applicationId, guildId), guildId ?? "global");

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "global");

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"/interactions/{Escape(interactionId)}/{Escape(token)}/callback", interactionId, IsInteraction: true);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original",
            $"/webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original", applicationId + token, IsInteraction: true);

    public static DiscordRoute DeleteOriginal(string applicationId, string token) =>
        new(HttpMethod.Delete, "/webhooks/{application_id}/{interaction_token}/messages/@original",
            $"/webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original", applicationId + token, IsInteraction: true);

    public static DiscordRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}",
            $"/webhooks/{Escape(applicationId)}/{Escape(token)}", applicationId + token, IsInteraction: true);

    private static string CommandsTemplate(string? guildId) => guildId is null
        ? "/applications/{application_id}/commands"
        : "/applications/{application_id}/guilds/{guild_id}/commands";

    private static string CommandsPath(string applicationId, string? guildId) => guildId is null
        ? $"/applications/{Escape(applicationId)}/commands"
        : $"/applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands";

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
