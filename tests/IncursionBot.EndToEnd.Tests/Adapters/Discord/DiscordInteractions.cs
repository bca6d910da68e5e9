using System.Globalization;
using System.Text.Json.Nodes;
using IncursionBot.Testing.Discord;

namespace IncursionBot.EndToEnd.Tests.Adapters.Discord;

/// <summary>Interaction payloads shaped like the ones Discord posts to an Interactions Endpoint URL.</summary>
public static class DiscordInteractions
{
    public const string GuildId = "333333333333333333";

    /// <summary>The channel a moderator subscribes to alerts.</summary>
    public const string AlertChannel = "222222222222222222";

    /// <summary>A channel where only an ordinary member tries to subscribe.</summary>
    public const string QuietChannel = "777777777777777777";

    /// <summary>ADMINISTRATOR is absent; MANAGE_CHANNELS (0x10) plus VIEW_CHANNEL and SEND_MESSAGES.</summary>
    public const string Moderator = "3088";

    /// <summary>VIEW_CHANNEL and SEND_MESSAGES, without MANAGE_CHANNELS (0x10).</summary>
    public const string Member = "3072";

    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;

    public static string Ping() =>
        $$"""{"id":"{{NewId()}}","application_id":"{{FakeDiscord.ApplicationId}}","type":1,"token":"ping-token","version":1}""";

    /// <summary>A slash command; option values that are numbers are sent as INTEGER (4), others as STRING (3).</summary>
    public static string Command(string name, string permissions, string channelId, params (string Name, JsonNode Value)[] options) =>
        Interaction(ApplicationCommand, name, permissions, channelId, options.Select(o => Option(o.Name, o.Value, focused: false)));

    /// <summary>Autocomplete while the user types <paramref name="typed"/> into <paramref name="option"/>.</summary>
    public static string Suggest(string name, string option, string typed, string channelId) =>
        Interaction(Autocomplete, name, Member, channelId, [Option(option, typed, focused: true)]);

    private static JsonObject Option(string name, JsonNode value, bool focused)
    {
        var option = new JsonObject
        {
            ["name"] = name,
            ["type"] = value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3,
            ["value"] = value.DeepClone(),
        };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    private static string Interaction(int type, string name, string permissions, string channelId, IEnumerable<JsonObject> options) => new JsonObject
    {
        ["id"] = NewId(),
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = type,
        ["token"] = "itoken-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["guild_id"] = GuildId,
        ["channel_id"] = channelId,
        ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = 0, ["guild_id"] = GuildId },
        ["app_permissions"] = "2147485696",
        ["locale"] = "en-GB",
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "444444444444444444", ["username"] = "analyst", ["discriminator"] = "0" },
            ["roles"] = new JsonArray(),
            ["permissions"] = permissions,
        },
        ["data"] = new JsonObject
        {
            ["id"] = "555555555555555555",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. options]),
        },
    }.ToJsonString();

    private static string NewId() => (1_200_000_000_000_000_000L + Random.Shared.NextInt64(1, 99_999_999_999)).ToString(CultureInfo.InvariantCulture);
}
