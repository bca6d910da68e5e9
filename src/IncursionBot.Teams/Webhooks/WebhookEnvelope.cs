using System.Text.Json.Nodes;
using IncursionBot.Teams.Cards;

namespace IncursionBot.Teams.Webhooks;

/// <summary>
/// The body a Workflows "When a Teams webhook request is received" flow expects: a message whose attachments are
/// Adaptive Cards (reference notes §8); a bare <c>{"text":…}</c> fails there.
/// </summary>
internal static class WebhookEnvelope
{
    /// <summary>Workflows webhooks reject larger requests (msteams-docs add-incoming-webhook.md).</summary>
    public const int MaxBytes = 28 * 1024;

    public static JsonObject Wrap(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(Card.Attachment(card)),
    };
}
