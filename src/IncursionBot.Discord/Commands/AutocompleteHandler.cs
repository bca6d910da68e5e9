using System.Globalization;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Interactions;
using IncursionBot.Discord.Rendering;

namespace IncursionBot.Discord.Commands;

/// <summary>Suggestions while a user types: countries by name or code, and this channel's subscription ids. Never more than 25.</summary>
internal sealed class AutocompleteHandler(SubscriptionCommands subscriptions)
{
    public async Task<IReadOnlyList<CommandChoice>> SuggestAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var focused = context.Focused;
        var typed = focused?.Value?.ToString();
        IReadOnlyList<CommandChoice> choices = focused?.Name switch
        {
            CommandCatalog.CountryOption => Countries.Suggest(typed, EmbedLimits.AutocompleteChoices)
                .Select(c => new CommandChoice($"{c.Name} ({c.Code})", c.Code))
                .ToArray(),
            CommandCatalog.IdOption when context.Name == CommandCatalog.Unsubscribe && context.Channel is { } channel =>
                await SubscriptionChoicesAsync(channel, typed, cancellationToken),
            _ => [],
        };
        return choices
            .Take(EmbedLimits.AutocompleteChoices)
            .Select(c => new CommandChoice(DiscordMarkdown.Truncate(c.Name, EmbedLimits.ChoiceName), c.Value))
            .ToArray();
    }

    private async Task<IReadOnlyList<CommandChoice>> SubscriptionChoicesAsync(ChannelRef channel, string? typed, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ListAsync(channel, cancellationToken);
        var text = typed?.Trim().TrimStart('#') ?? string.Empty;
        return list
            .Where(s => !s.IsStatic)
            .Select(s => new CommandChoice($"#{s.Id.ToString(CultureInfo.InvariantCulture)} {s.Describe()}", s.Id.ToString(CultureInfo.InvariantCulture)))
            .Prepend(new CommandChoice("all of this channel's subscriptions", "all"))
            .Where(c => text.Length == 0 || c.Value.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            .ToArray();
    }
}
