using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncursionBot.Discord.Commands;

/// <summary>
/// Decides whether Discord already has exactly the commands the bot would register, comparing meaning rather than
/// text: commands by name in any order, defaults filled in (<c>type</c> 1, <c>required</c> false, …), permissions as
/// strings, and the fields Discord adds (ids, versions, localised names) ignored.
/// </summary>
internal static class CommandComparer
{
    public static bool AreSame(IReadOnlyList<ApplicationCommand> desired, byte[] currentJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(currentJson);
        }
        catch (JsonException)
        {
            return false;
        }

        using var owned = document;
        var current = document.RootElement;
        if (current.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var wanted = JsonSerializer.SerializeToElement(desired, DiscordJson.Default.IReadOnlyListApplicationCommand);
        var withContexts = desired.Any(c => c.Contexts is not null);
        var left = Normalize(wanted, withContexts);
        var right = Normalize(current, withContexts);
        return JsonNode.DeepEquals(left, right);
    }

    private static JsonArray Normalize(JsonElement commands, bool withContexts) =>
        new(commands.EnumerateArray()
            .Select(c => (Name: Text(c, "name"), Node: (JsonNode)Command(c, withContexts)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Node)
            .ToArray());

    private static JsonObject Command(JsonElement command, bool withContexts)
    {
        var node = new JsonObject
        {
            ["name"] = Text(command, "name"),
            ["type"] = Number(command, "type") ?? 1,
            ["description"] = Text(command, "description"),
            ["default_member_permissions"] = Permissions(command),
            ["nsfw"] = Flag(command, "nsfw"),
            ["options"] = Options(command),
        };
        if (withContexts)
        {
            node["contexts"] = new JsonArray(Array(command, "contexts").Select(e => e.GetInt64()).Order().Select(c => (JsonNode?)c).ToArray());
        }

        return node;
    }

    private static JsonArray Options(JsonElement parent) => new(Array(parent, "options").Select(o => (JsonNode?)new JsonObject
    {
        ["type"] = Number(o, "type"),
        ["name"] = Text(o, "name"),
        ["description"] = Text(o, "description"),
        ["required"] = Flag(o, "required"),
        ["autocomplete"] = Flag(o, "autocomplete"),
        ["choices"] = new JsonArray(Array(o, "choices").Select(c => (JsonNode?)new JsonObject
        {
            ["name"] = Text(c, "name"),
            ["value"] = c.TryGetProperty("value", out var v) ? v.ToString() : null,
        }).ToArray()),
        ["min_value"] = Number(o, "min_value"),
        ["max_value"] = Number(o, "max_value"),
        ["min_length"] = Number(o, "min_length"),
        ["max_length"] = Number(o, "max_length"),
        ["options"] = Options(o),
    }).ToArray());

    private static string? Permissions(JsonElement command) =>
        command.TryGetProperty("default_member_permissions", out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number => value.GetInt64().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.String => value.GetString(),
            _ => null,
        } : null;

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static bool Flag(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
