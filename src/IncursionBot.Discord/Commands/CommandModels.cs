using IncursionBot.Discord.Interactions;

namespace IncursionBot.Discord.Commands;

/// <summary>A slash command as sent in the bulk overwrite (<c>PUT /applications/{id}/commands</c>).</summary>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<CommandOption>? Options = null,
    long? DefaultMemberPermissions = null,
    IReadOnlyList<int>? Contexts = null,
    int Type = ApplicationCommand.ChatInput)
{
    public const int ChatInput = 1;
}

/// <summary>One option of a command. Integer bounds are only sent for integer options.</summary>
internal sealed record CommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    long? MinValue = null,
    long? MaxValue = null,
    int? MaxLength = null)
{
    public const int StringType = 3;
    public const int IntegerType = 4;
}
