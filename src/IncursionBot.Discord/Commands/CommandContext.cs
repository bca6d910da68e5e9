using System.Globalization;
using System.Numerics;
using System.Text.Json;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Interactions;

namespace IncursionBot.Discord.Commands;

/// <summary>An application command or autocomplete interaction, with typed access to its options and its invoker's permissions.</summary>
internal sealed class CommandContext(Interaction interaction)
{
    public Interaction Interaction { get; } = interaction;

    public string Name => Interaction.Data?.Name ?? string.Empty;

    public ChannelRef? Channel => Interaction.ChannelId is { Length: > 0 } id ? new ChannelRef("discord", id) : null;

    public bool InGuild => Interaction.GuildId is { Length: > 0 } && Interaction.Member is not null;

    /// <summary>True when the member may manage this channel (Manage Channels, or Administrator).</summary>
    public bool CanManageChannel =>
        InGuild && BigInteger.TryParse(Interaction.Member!.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
        && ((permissions & CommandCatalog.ManageChannels) != 0 || (permissions & CommandCatalog.Administrator) != 0);

    public InteractionOption? Focused => Options.FirstOrDefault(o => o.Focused == true);

    private IReadOnlyList<InteractionOption> Options => Interaction.Data?.Options ?? [];

    public string? GetString(string name) =>
        Find(name) is { } value ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>The integer option, null when absent, and <paramref name="valid"/> false when it is not a whole number.</summary>
    public long? GetInteger(string name, out bool valid)
    {
        valid = true;
        if (Find(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString()?.Trim().TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        valid = false;
        return null;
    }

    private JsonElement? Find(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))?.Value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value
            ? value
            : null;
}
