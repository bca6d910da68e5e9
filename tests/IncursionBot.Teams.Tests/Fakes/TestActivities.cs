using System.Text.Json.Nodes;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>Activities shaped like Teams' (msteams-docs subscribe-to-conversation-events.md samples).</summary>
public static class TestActivities
{
    public const string TenantId = "b28f0b1e-0000-4000-8000-00000000cafe";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string ChannelId = "19:alerts-channel@thread.tacv2";
    public const string UserId = "29:user-1";
    public const string UserAadId = "6b1f8a3e-1111-4222-8333-444455556666";

    public static JsonObject Install(string serviceUrl, string conversationId = ChannelId) => Base("conversationUpdate", serviceUrl, conversationId, "channel", withTeam: true)
        .With("membersAdded", new JsonArray(new JsonObject { ["id"] = TeamsTestHost.BotId }))
        .WithEvent("teamMemberAdded");

    public static JsonObject InstallationAdd(string serviceUrl, string conversationId) =>
        Base("installationUpdate", serviceUrl, conversationId, "personal", withTeam: false).With("action", "add");

    public static JsonObject Removal(string serviceUrl, string conversationId = TeamId) => Base("conversationUpdate", serviceUrl, conversationId, "channel", withTeam: true)
        .With("membersRemoved", new JsonArray(new JsonObject { ["id"] = TeamsTestHost.BotId }))
        .WithEvent("teamMemberRemoved");

    public static JsonObject Message(string serviceUrl, string text, string conversationId = ChannelId, bool mention = true, string userAadId = UserAadId)
    {
        var activity = Base("message", serviceUrl, conversationId, conversationId.StartsWith("a:", StringComparison.Ordinal) ? "personal" : "channel", withTeam: !conversationId.StartsWith("a:", StringComparison.Ordinal));
        activity["id"] = $"msg-{Guid.NewGuid():N}";
        activity["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Analyst", ["aadObjectId"] = userAadId };
        activity["textFormat"] = "plain";
        if (mention)
        {
            activity["text"] = $"<at>IncursionBot</at> {text}";
            activity["entities"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "mention",
                    ["mentioned"] = new JsonObject { ["id"] = TeamsTestHost.BotId, ["name"] = "IncursionBot" },
                    ["text"] = "<at>IncursionBot</at>",
                },
                new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB" });
        }
        else
        {
            activity["text"] = text;
        }

        return activity;
    }

    private static JsonObject Base(string type, string serviceUrl, string conversationId, string conversationType, bool withTeam)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        if (withTeam)
        {
            channelData["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Risk desk", ["aadGroupId"] = "f3ec0000-0000-4000-8000-000000000001" };
            channelData["channel"] = new JsonObject { ["id"] = conversationId };
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = $"act-{Guid.NewGuid():N}",
            ["timestamp"] = "2026-09-10T06:00:00Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = TeamsTestHost.BotId, ["name"] = "IncursionBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = conversationType,
                ["tenantId"] = TenantId,
                ["isGroup"] = conversationType != "personal",
            },
            ["channelData"] = channelData,
        };
    }

    private static JsonObject With(this JsonObject activity, string name, JsonNode value)
    {
        activity[name] = value;
        return activity;
    }

    private static JsonObject WithEvent(this JsonObject activity, string eventType)
    {
        activity["channelData"]!["eventType"] = eventType;
        return activity;
    }
}
