using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>Asserts payloads against the official contracts in shared/contracts.</summary>
public static class Contracts
{
    private static readonly Lazy<JsonSchemaValidator> AdaptiveCard = new(() => JsonSchemaValidator.Load(ContractPaths.AdaptiveCard15));
    private static readonly Lazy<JsonSchemaValidator> Activity = new(() => JsonSchemaValidator.Load(ContractPaths.BotConnectorSwagger, "#/definitions/Activity"));
    private static readonly Lazy<JsonSchemaValidator> Manifest = new(() => JsonSchemaValidator.Load(ContractPaths.TeamsManifest117));

    /// <summary>
    /// The card is Adaptive Card 1.5, full width in Teams, and valid against the 1.5 schema. The schema's root has
    /// <c>additionalProperties: false</c> and predates Teams' <c>msteams</c> host extension, so that one documented
    /// property is checked on its own and left out of the schema check.
    /// </summary>
    public static void AssertValidCard(JsonNode? card)
    {
        Assert.NotNull(card);
        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        Assert.Equal("1.5", card["version"]?.GetValue<string>());
        Assert.Equal("Full", card["msteams"]?["width"]?.GetValue<string>());
        var withoutHostExtension = card.DeepClone().AsObject();
        withoutHostExtension.Remove("msteams");
        Assert.Empty(AdaptiveCard.Value.Validate(withoutHostExtension));
    }

    /// <summary>The activity is a Bot Connector Activity carrying exactly one valid Adaptive Card.</summary>
    public static void AssertValidCardActivity(JsonNode? activity)
    {
        Assert.NotNull(activity);
        Assert.Empty(Activity.Value.Validate(activity));
        Assert.Equal("message", activity["type"]?.GetValue<string>());
        var attachment = Assert.Single(activity["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment!["contentType"]?.GetValue<string>());
        AssertValidCard(attachment["content"]);
    }

    public static IReadOnlyList<string> ValidateManifest(string json) => Manifest.Value.Validate(json);
}
