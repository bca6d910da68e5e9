using System.Text.Json.Nodes;

namespace IncursionBot.Discord.Tests.Support;

/// <summary>Interaction payloads as Discord sends them.</summary>
public static class InteractionJson
{
    public const string ChannelId = "222222222222222222";
    public const string GuildId = "333333333333333333";

    /// <summary>MANAGE_CHANNELS plus a few ordinary permissions.</summary>
    public const string Moderator = "2147483664";

    /// <summary>SEND_MESSAGES and VIEW_CHANNEL, without MANAGE_CHANNELS.</summary>
    public const string Member = "3072";

    public static string Ping() => """{"id":"900","application_id":"111111111111111111","type":1,"token":"ping-token","version":1}""";

    public static string Command(string name, string permissions = Member, string channelId = ChannelId, params (string Name, JsonNode? Value)[] options) =>
        Interaction(2, name, permissions, channelId, options.Select(o => Option(o.Name, o.Value, focused: false)).ToArray());

    public static string Autocomplete(string name, string focusedOption, string typed, string permissions = Member) =>
        Interaction(4, name, permissions, ChannelId, [Option(focusedOption, typed, focused: true)]);

    private static JsonObject Option(string name, JsonNode? value, bool focused)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = value?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3, ["value"] = value };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    private static string Interaction(int type, string name, string permissions, string channelId, JsonObject[] options) => new JsonObject
    {
        ["id"] = "901" + Random.Shared.Next(100000, 999999),
        ["application_id"] = "111111111111111111",
        ["type"] = type,
        ["token"] = "interaction-token-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["guild_id"] = GuildId,
        ["channel_id"] = channelId,
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "444444444444444444", ["username"] = "tester" },
            ["permissions"] = permissions,
        },
        ["data"] = new JsonObject
        {
            ["id"] = "555555555555555555",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Cast<JsonNode?>().ToArray()),
        },
    }.ToJsonString();
}
