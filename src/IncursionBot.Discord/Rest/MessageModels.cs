namespace IncursionBot.Discord.Rest;

/// <summary>A rich embed as Discord's create/edit message endpoints accept it.</summary>
internal sealed record DiscordEmbed(
    string? Title,
    string? Description,
    string? Url,
    DateTimeOffset? Timestamp,
    int? Color,
    EmbedFooter? Footer,
    IReadOnlyList<EmbedField>? Fields);

internal sealed record EmbedField(string Name, string Value, bool? Inline = null);

internal sealed record EmbedFooter(string Text);

/// <summary>Which mentions in a message may ping. Feed text must never ping anyone, so every message sends <see cref="None"/>.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

/// <summary>Body of <c>POST /channels/{channel.id}/messages</c>.</summary>
internal sealed record MessageCreateRequest(
    string? Content,
    IReadOnlyList<DiscordEmbed> Embeds,
    AllowedMentions AllowedMentions,
    string Nonce,
    bool EnforceNonce);

/// <summary>Body of <c>PATCH /channels/{channel.id}/messages/{message.id}</c>; <c>allowed_mentions</c> is repeated because an edit otherwise falls back to the defaults.</summary>
internal sealed record MessageEditRequest(
    string? Content,
    IReadOnlyList<DiscordEmbed> Embeds,
    AllowedMentions AllowedMentions);

/// <summary>The fields of a created message the bot reads.</summary>
internal sealed record MessageResponse(string Id, string? ChannelId);

/// <summary>Discord's JSON error body: <c>{code, message, errors?}</c>.</summary>
internal sealed record DiscordErrorBody(int Code, string? Message);

/// <summary>The body of a 429: seconds to wait as a float, and whether the global limit was hit.</summary>
internal sealed record RateLimitBody(double RetryAfter, bool Global, string? Message);

/// <summary><c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBotResponse(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>How many IDENTIFYs are left and when the budget resets (milliseconds).</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
