using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;
using IncursionBot.Testing.Teams;

namespace IncursionBot.EndToEnd.Tests.Adapters.Teams;

/// <summary>What a Connector call from the bot must look like: a Bot Connector Activity carrying one Adaptive Card 1.5.</summary>
public static class CardContract
{
    private static readonly Lazy<JsonSchemaValidator> AdaptiveCard = new(() => JsonSchemaValidator.Load(ContractPaths.AdaptiveCard15));
    private static readonly Lazy<JsonSchemaValidator> Activity = new(() => JsonSchemaValidator.Load(ContractPaths.BotConnectorSwagger, "#/definitions/Activity"));

    /// <summary>
    /// Asserts the call's activity and card against the official schemas and returns the card. The 1.5 schema's root
    /// forbids extra properties and predates Teams' <c>msteams</c> host extension, so that property is checked on its own.
    /// </summary>
    public static JsonObject AssertCardActivity(ConnectorCall call)
    {
        var activity = call.Body;
        Assert.NotNull(activity);
        Assert.Empty(Activity.Value.Validate(activity));
        Assert.Equal("message", activity["type"]?.GetValue<string>());
        var attachment = Assert.Single(activity["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment!["contentType"]?.GetValue<string>());
        var card = attachment["content"]!.AsObject();
        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        Assert.Equal("1.5", card["version"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["width"] = "Full" }, card["msteams"]), $"msteams is {card["msteams"]?.ToJsonString()}");
        var plain = card.DeepClone().AsObject();
        plain.Remove("msteams");
        Assert.Empty(AdaptiveCard.Value.Validate(plain));
        return card;
    }

    /// <summary>The value of a FactSet fact anywhere in the card, e.g. "Incident" → "#3".</summary>
    public static string? Fact(JsonNode card, string title) => Descendants(card)
        .OfType<JsonObject>()
        .Where(o => o["title"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && o["title"]!.GetValue<string>() == title && o["value"] is not null)
        .Select(o => o["value"]!.GetValue<string>())
        .FirstOrDefault();

    /// <summary>Every string in the card, one per line: what a reader sees, without JSON escaping.</summary>
    public static string Text(JsonNode card) => string.Join('\n', Descendants(card)
        .OfType<JsonValue>()
        .Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String)
        .Select(v => v.GetValue<string>()));

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
