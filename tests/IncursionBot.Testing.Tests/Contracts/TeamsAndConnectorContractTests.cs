using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;
using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Contracts;

public sealed class TeamsAndConnectorContractTests
{
    private static readonly JsonSchemaValidator Manifest = JsonSchemaValidator.Load(ContractPaths.TeamsManifest117);

    private const string MinimalManifest = """
        {
          "$schema": "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
          "manifestVersion": "1.17",
          "version": "1.0.0",
          "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
          "developer": {
            "name": "IncursionBot",
            "websiteUrl": "https://example.com",
            "privacyUrl": "https://example.com/privacy",
            "termsOfUseUrl": "https://example.com/terms"
          },
          "name": { "short": "IncursionBot", "full": "IncursionBot incident alerts" },
          "description": { "short": "Incident alerts", "full": "Posts incursion incident alerts to channels." },
          "icons": { "outline": "outline.png", "color": "color.png" },
          "accentColor": "#4464EE",
          "bots": [{ "botId": "0f8fad5b-d9cb-469f-a165-70867728950e", "scopes": ["team", "personal"] }],
          "validDomains": ["example.com"]
        }
        """;

    [Fact]
    public void Minimal_manifest_validates() => Valid(Manifest, MinimalManifest);

    [Fact]
    public void Manifest_without_id_fails()
    {
        var manifest = JsonNode.Parse(MinimalManifest)!.AsObject();
        manifest.Remove("id");
        Assert.Equal(["$: missing required property 'id'"], Manifest.Validate(manifest));
    }

    [Theory]
    [InlineData("manifestVersion", "\"1.16\"", "$.manifestVersion: value \"1.16\" does not equal const \"1.17\"")]
    [InlineData("id", "\"not-a-guid\"", "$.id: string \"not-a-guid\" does not match pattern")]
    [InlineData("accentColor", "\"blue\"", "$.accentColor: string \"blue\" does not match pattern")]
    [InlineData("unknownTopLevel", "1", "$.unknownTopLevel: property is not allowed")]
    public void Manifest_with_bad_values_fails(string property, string json, string message)
    {
        var manifest = JsonNode.Parse(MinimalManifest)!.AsObject();
        manifest[property] = JsonNode.Parse(json);
        Invalid(Manifest, manifest.ToJsonString(), message);
    }

    [Fact]
    public void Bot_connector_activity_with_an_adaptive_card_attachment_validates()
    {
        var activity = JsonSchemaValidator.Load(ContractPaths.BotConnectorSwagger, "#/definitions/Activity");
        Valid(activity, """
            { "type": "message", "text": "Incursion", "textFormat": "markdown",
              "attachments": [{ "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard" } }] }
            """);
        Invalid(activity, """{ "type": "message", "attachments": [{ "content": "not an object" }] }""", "$.attachments[0].content: expected object, got string");
    }

    [Fact]
    public void Contract_paths_point_at_existing_files()
    {
        Assert.True(Directory.Exists(ContractPaths.Directory));
        Assert.True(File.Exists(Path.Combine(ContractPaths.Directory, "SOURCES.md")));
        foreach (var file in new[] { ContractPaths.DiscordOpenApi, ContractPaths.AdaptiveCard15, ContractPaths.TeamsManifest117, ContractPaths.BotConnectorSwagger })
        {
            Assert.True(File.Exists(file), file);
        }
    }
}
