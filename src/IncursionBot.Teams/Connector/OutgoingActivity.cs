using System.Text.Json.Nodes;
using IncursionBot.Teams.Cards;

namespace IncursionBot.Teams.Connector;

/// <summary>Message activities carrying one Adaptive Card, as the Connector's send, reply and update operations take them (BFAPI).</summary>
internal static class OutgoingActivity
{
    public static JsonObject Message(ConversationReference reference, string conversationId, JsonObject card, string summary)
    {
        var from = new JsonObject { ["id"] = reference.BotId };
        if (reference.BotName is { Length: > 0 } name)
        {
            from["name"] = name;
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["from"] = from,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["summary"] = summary,
            ["attachments"] = new JsonArray(Card.Attachment(card)),
        };
    }

    public static JsonObject Reply(ConversationReference reference, string conversationId, string replyToId, string? recipientId, JsonObject card, string summary)
    {
        var activity = Message(reference, conversationId, card, summary);
        activity["replyToId"] = replyToId;
        if (recipientId is not null)
        {
            activity["recipient"] = new JsonObject { ["id"] = recipientId };
        }

        return activity;
    }

    public static JsonObject Update(ConversationReference reference, string conversationId, string activityId, JsonObject card, string summary)
    {
        var activity = Message(reference, conversationId, card, summary);
        activity["id"] = activityId;
        return activity;
    }
}
