using System.Text;
using System.Text.Json.Nodes;

namespace IncursionBot.Teams.Cards;

/// <summary>
/// Adaptive Card 1.5 building blocks (TextBlock, FactSet, Container, Action.OpenUrl). Text given to them must
/// already be escaped with <see cref="CardText"/>.
/// </summary>
internal static class Card
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams renders bot-sent cards up to 1.5 (msteams-docs cards-reference.md).</summary>
    public const string Version = "1.5";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Create(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions, string fallbackText)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = Version,
            // Teams' host extension: without it cards render at chat-bubble width.
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["fallbackText"] = fallbackText,
            ["body"] = new JsonArray([.. body]),
        };
        var actionArray = new JsonArray([.. actions ?? []]);
        if (actionArray.Count > 0)
        {
            card["actions"] = actionArray;
        }

        return card;
    }

    public static JsonObject Text(string text, TextStyle style = TextStyle.Normal, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        switch (style)
        {
            case TextStyle.Heading:
                block["weight"] = "Bolder";
                block["size"] = "Medium";
                break;
            case TextStyle.Bold:
                block["weight"] = "Bolder";
                break;
            case TextStyle.Subtle:
                block["isSubtle"] = true;
                break;
            case TextStyle.Attention:
                block["color"] = "Attention";
                break;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, bool separator = true)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
        }

        return container;
    }

    public static JsonObject OpenUrl(string title, string url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// <summary>The card as a Bot Framework attachment (a copy, so one card can go into several activities).</summary>
    public static JsonObject Attachment(JsonObject card) =>
        new() { ["contentType"] = ContentType, ["content"] = card.DeepClone() };

    public static int Bytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString());
}

/// <summary>How a <see cref="Card.Text"/> block looks.</summary>
internal enum TextStyle
{
    Normal,
    Heading,
    Bold,
    Subtle,
    Attention,
}
