using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;
using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Contracts;

public sealed class DiscordMessageContractTests
{
    private static readonly JsonSchemaValidator MessageCreate =
        JsonSchemaValidator.Load(ContractPaths.DiscordOpenApi, "#/components/schemas/MessageCreateRequest");

    private static JsonObject ValidMessage() => new()
    {
        ["content"] = "New incursion near Jita",
        ["embeds"] = new JsonArray(new JsonObject
        {
            ["title"] = "Incursion: Jita constellation",
            ["description"] = "Sansha activity reported.",
            ["url"] = "https://example.com/incidents/42",
            ["color"] = 15158332,
            ["timestamp"] = "2026-09-10T06:00:00Z",
            ["fields"] = new JsonArray(
                new JsonObject { ["name"] = "Region", ["value"] = "The Forge", ["inline"] = true },
                new JsonObject { ["name"] = "Sources", ["value"] = "2" }),
            ["footer"] = new JsonObject { ["text"] = "IncursionBot" },
        }),
        ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        ["components"] = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 5, ["label"] = "Open", ["url"] = "https://example.com/incidents/42" }),
        }),
    };

    [Fact]
    public void Message_with_one_embed_and_no_mentions_validates() =>
        Assert.Empty(MessageCreate.Validate(ValidMessage()));

    [Fact]
    public void Embed_title_over_256_characters_fails()
    {
        var message = ValidMessage();
        message["embeds"]![0]!["title"] = new string('x', 300);
        var errors = MessageCreate.Validate(message);
        Assert.Equal(["$.embeds[0].title: string longer than maxLength 256"], errors);
    }

    [Fact]
    public void Embed_title_of_exactly_256_astral_characters_is_within_limit()
    {
        var message = ValidMessage();
        message["embeds"]![0]!["title"] = string.Concat(Enumerable.Repeat("😀", 256)); // 512 UTF-16 units
        Assert.Empty(MessageCreate.Validate(message));
    }

    [Fact]
    public void Unknown_allowed_mentions_parse_value_fails()
    {
        var message = ValidMessage();
        message["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray("users", "admins") };
        var errors = MessageCreate.Validate(message);
        var error = Assert.Single(errors);
        Assert.StartsWith("$.allowed_mentions.parse[1]: value \"admins\" matches no oneOf branch", error);
        Assert.Contains("\"everyone\"", error);
    }

    [Fact]
    public void Duplicate_allowed_mentions_parse_values_fail() =>
        Invalid(MessageCreate, """{ "allowed_mentions": { "parse": ["users", "users"] } }""", "uniqueItems");

    [Theory]
    [InlineData("content", "42")]
    [InlineData("embeds", "{}")]
    [InlineData("tts", "\"yes\"")]
    [InlineData("flags", "1.5")]
    public void Wrong_types_fail(string property, string json)
    {
        var message = ValidMessage();
        message[property] = JsonNode.Parse(json);
        Invalid(MessageCreate, message.ToJsonString(), $"$.{property}: expected");
    }

    [Theory]
    [InlineData("color", "16777216", "greater than maximum 16777215")]
    [InlineData("timestamp", "\"10 Sept 2026\"", "is not a valid date-time")]
    [InlineData("url", "\"not a url\"", "is not a valid uri")]
    public void Invalid_embed_values_fail(string property, string json, string message)
    {
        var payload = ValidMessage();
        payload["embeds"]![0]![property] = JsonNode.Parse(json);
        Invalid(MessageCreate, payload.ToJsonString(), $"$.embeds[0].{property}: ");
        Invalid(MessageCreate, payload.ToJsonString(), message);
    }

    [Fact]
    public void Embed_field_without_value_fails()
    {
        var message = ValidMessage();
        message["embeds"]![0]!["fields"] = new JsonArray(new JsonObject { ["name"] = "Region" });
        Assert.Equal(["$.embeds[0].fields[0]: missing required property 'value'"], MessageCreate.Validate(message));
    }

    [Fact]
    public void Unknown_component_type_reports_the_expected_types()
    {
        var message = ValidMessage();
        message["components"] = new JsonArray(new JsonObject { ["type"] = 99 });
        Invalid(MessageCreate, message.ToJsonString(), "$.components[0].type: value 99 matches no oneOf branch");
    }

    [Fact]
    public void Nulls_are_accepted_where_the_spec_allows_them() =>
        Valid(MessageCreate, """{ "content": "x", "embeds": null, "allowed_mentions": null, "nonce": null, "tts": null }""");

    [Fact]
    public void Nonce_accepts_integer_or_short_string_only()
    {
        Valid(MessageCreate, """{ "nonce": 1234567890123 }""");
        Valid(MessageCreate, """{ "nonce": "abc" }""");
        Invalid(MessageCreate, """{ "nonce": "12345678901234567890123456" }""", "$.nonce: string longer than maxLength 25");
    }
}
