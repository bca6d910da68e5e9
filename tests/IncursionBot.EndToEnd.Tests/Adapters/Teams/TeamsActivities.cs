using System.Text.Json.Nodes;

namespace IncursionBot.EndToEnd.Tests.Adapters.Teams;

/// <summary>Activities shaped like the ones Teams sends for a channel (msteams-docs subscribe-to-conversation-events.md).</summary>
public static class TeamsActivities
{
    public const string AppId = "5d7a1c3e-8b2f-4e6a-9c1d-0e2f3a4b5c6d";
    public const string AppPassword = "e2e-app-password~not-for-logs";
    public const string BotId = "28:" + AppId;
    public const string TenantId = "b28f0b1e-0000-4000-8000-00000000cafe";
    public const string TeamId = "19:risk-desk-general@thread.tacv2";
    public const string ChannelId = "19:incursion-alerts@thread.tacv2";

    /// <summary>The one member listed in <c>Teams:SubscriptionManagers</c>.</summary>
    public const string ManagerAadId = "6b1f8a3e-1111-4222-8333-444455556666";

    public const string BystanderAadId = "0a0b0c0d-2222-4333-8444-555566667777";

    public static JsonObject Install(string serviceUrl)
    {
        var activity = Base("conversationUpdate", serviceUrl, ManagerAadId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    /// <summary>A channel message that @mentions the bot, as commands in channels must.</summary>
    public static JsonObject Command(string serviceUrl, string text, string fromAadId = ManagerAadId)
    {
        var activity = Base("message", serviceUrl, fromAadId);
        activity["text"] = $"<at>IncursionBot</at> {text}";
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "IncursionBot" },
            ["text"] = "<at>IncursionBot</at>",
        });
        return activity;
    }

    private static JsonObject Base(string type, string serviceUrl, string fromAadId) => new()
    {
        ["type"] = type,
        ["id"] = $"1{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = $"29:user-{fromAadId[..8]}", ["name"] = "Analyst", ["aadObjectId"] = fromAadId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "IncursionBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = ChannelId,
            ["conversationType"] = "channel",
            ["tenantId"] = TenantId,
            ["isGroup"] = true,
        },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Risk desk" },
            ["channel"] = new JsonObject { ["id"] = ChannelId },
        },
    };
}
