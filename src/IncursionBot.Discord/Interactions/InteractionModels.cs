using System.Text.Json;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.Interactions;

/// <summary>An interaction as Discord delivers it (HTTP body or Gateway <c>INTERACTION_CREATE</c>); only the fields the bot reads.</summary>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    InteractionMember? Member,
    DiscordUser? User,
    string Token,
    int Version)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;
}

internal sealed record InteractionData(string? Id, string Name, int? Type, IReadOnlyList<InteractionOption>? Options);

/// <summary>An option the user filled in; <see cref="Focused"/> marks the one being typed during autocomplete.</summary>
internal sealed record InteractionOption(string Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused);

/// <summary>The invoking member in a guild; <see cref="Permissions"/> are their total permissions in the channel.</summary>
internal sealed record InteractionMember(DiscordUser? User, string? Permissions);

internal sealed record DiscordUser(string Id, string? Username);

/// <summary>An interaction response (callback): <c>{type, data}</c>.</summary>
internal sealed record InteractionResponse(int Type, InteractionResponseData? Data = null)
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int AutocompleteResult = 8;

    public static InteractionResponse PongResponse { get; } = new(Pong);
}

/// <summary>The <c>data</c> of a response: a message (content, embeds, flags) or autocomplete choices.</summary>
internal sealed record InteractionResponseData(
    string? Content = null,
    IReadOnlyList<DiscordEmbed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    IReadOnlyList<CommandChoice>? Choices = null)
{
    /// <summary>Only the invoking user sees the message.</summary>
    public const int Ephemeral = 1 << 6;
}

/// <summary>A choice of a command option, also an autocomplete suggestion.</summary>
internal sealed record CommandChoice(string Name, string Value);

/// <summary>Body of <c>PATCH /webhooks/{application.id}/{token}/messages/@original</c> and of follow-ups.</summary>
internal sealed record WebhookMessageRequest(
    string? Content,
    IReadOnlyList<DiscordEmbed>? Embeds,
    AllowedMentions AllowedMentions,
    int? Flags = null);
