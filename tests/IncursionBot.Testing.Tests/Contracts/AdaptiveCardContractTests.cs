using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;
using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Contracts;

public sealed class AdaptiveCardContractTests
{
    private static readonly JsonSchemaValidator Card = JsonSchemaValidator.Load(ContractPaths.AdaptiveCard15);

    private const string ValidCard = """
        {
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Incursion near Jita", "size": "Large", "weight": "Bolder", "wrap": true },
            { "type": "FactSet", "facts": [{ "title": "Region", "value": "The Forge" }, { "title": "Sources", "value": "2" }] },
            { "type": "ColumnSet", "columns": [
                { "type": "Column", "width": "auto", "items": [{ "type": "TextBlock", "text": "Opened", "isSubtle": true }] },
                { "type": "Column", "width": "stretch", "items": [{ "type": "TextBlock", "text": "06:00 UTC", "color": "attention" }] }
            ] }
          ],
          "actions": [{ "type": "Action.OpenUrl", "title": "Open incident", "url": "https://example.com/incidents/42" }]
        }
        """;

    private static JsonObject Parse() => JsonNode.Parse(ValidCard)!.AsObject();

    [Fact]
    public void Card_with_textblock_factset_columnset_and_openurl_validates() =>
        Valid(Card, ValidCard);

    [Fact]
    public void Unknown_element_type_fails_and_lists_known_types()
    {
        var card = Parse();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Banner", ["text"] = "hi" });
        var error = Assert.Single(Card.Validate(card));
        Assert.StartsWith("$.body[3].type: value \"Banner\" matches no anyOf branch; expected one of [", error);
        Assert.Contains("\"TextBlock\"", error);
        Assert.Contains("\"FactSet\"", error);
    }

    [Fact]
    public void TextBlock_without_text_fails_at_the_textblock()
    {
        var card = Parse();
        card["body"]![0]!.AsObject().Remove("text");
        var errors = Card.Validate(card);
        Assert.Contains("$.body[0]: missing required property 'text'", errors);
        Assert.Contains(errors, e => e.StartsWith("$.body[0]: value matches no anyOf branch", StringComparison.Ordinal) && e.Contains("TextBlock", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_column_item_errors_have_full_paths()
    {
        var card = Parse();
        card["body"]![2]!["columns"]![1]!["items"]![0]!["wrap"] = "yes";
        Assert.Contains("$.body[2].columns[1].items[0].wrap: expected boolean, got string", Card.Validate(card));
    }

    [Theory]
    [InlineData("$.body[1].facts[0]", "{ \"title\": \"Region\" }", "missing required property 'value'")]
    [InlineData("$.actions[0]", "{ \"type\": \"Action.OpenUrl\", \"title\": \"x\" }", "missing required property 'url'")]
    [InlineData("$.body[0].size", "\"Huge\"", "does not match pattern")]
    [InlineData("$.body[0].colour", "\"good\"", "property is not allowed")]
    public void Invalid_parts_fail(string path, string json, string message)
    {
        var card = Parse();
        var (parent, key) = Locate(card, path);
        if (parent is JsonArray array)
        {
            array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = JsonNode.Parse(json);
        }
        else
        {
            parent[key] = JsonNode.Parse(json);
        }

        Invalid(Card, card.ToJsonString(), message);
    }

    [Fact]
    public void Non_object_card_fails() =>
        Invalid(Card, "[]", "$: expected object, got array");

    private static (JsonNode Parent, string Key) Locate(JsonNode root, string path)
    {
        var segments = path[2..].Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = int.TryParse(segment, out var i) ? node[i]! : node[segment]!;
        }

        return (node, segments[^1]);
    }
}
