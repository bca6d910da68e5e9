using IncursionBot.Discord.Interactions;
using IncursionBot.Discord.Rendering;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.Commands;

/// <summary>A command's answer. Errors are ephemeral (only the invoker sees them) and say what to fix.</summary>
internal sealed record CommandReply(string? Content, IReadOnlyList<DiscordEmbed>? Embeds = null, bool Ephemeral = false)
{
    public static CommandReply Error(string message) =>
        new("⚠️ " + DiscordMarkdown.Truncate(message, EmbedLimits.MessageContent - 2), Ephemeral: true);

    public static CommandReply Text(string message) => new(DiscordMarkdown.Truncate(message, EmbedLimits.MessageContent));

    public InteractionResponseData ToData() =>
        new(Content, Embeds, AllowedMentions.None, Ephemeral ? InteractionResponseData.Ephemeral : null);

    public WebhookMessageRequest ToWebhookMessage() =>
        new(Content, Embeds, AllowedMentions.None, Ephemeral ? InteractionResponseData.Ephemeral : null);
}

/// <summary>One slash command's behaviour.</summary>
internal interface ISlashCommand
{
    string Name { get; }

    Task<CommandReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}
