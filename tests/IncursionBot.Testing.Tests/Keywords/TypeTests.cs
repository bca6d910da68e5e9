using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class TypeTests
{
    [Theory]
    [InlineData("\"string\"", "\"x\"", true)]
    [InlineData("\"string\"", "1", false)]
    [InlineData("\"integer\"", "3", true)]
    [InlineData("\"integer\"", "3.0", true)]
    [InlineData("\"integer\"", "3.5", false)]
    [InlineData("\"integer\"", "\"3\"", false)]
    [InlineData("\"number\"", "3.5", true)]
    [InlineData("\"number\"", "true", false)]
    [InlineData("\"boolean\"", "false", true)]
    [InlineData("\"boolean\"", "0", false)]
    [InlineData("\"null\"", "null", true)]
    [InlineData("\"null\"", "{}", false)]
    [InlineData("\"object\"", "{}", true)]
    [InlineData("\"object\"", "[]", false)]
    [InlineData("\"array\"", "[]", true)]
    [InlineData("\"array\"", "{}", false)]
    [InlineData("[\"string\", \"null\"]", "null", true)]
    [InlineData("[\"string\", \"null\"]", "\"a\"", true)]
    [InlineData("[\"string\", \"null\"]", "1", false)]
    [InlineData("[\"integer\", \"null\"]", "1.25", false)]
    public void Type_accepts_only_listed_types(string type, string instance, bool valid) =>
        Check(Compile($$"""{ "type": {{type}} }"""), instance, valid);

    [Fact]
    public void Type_error_names_expected_and_actual() =>
        Invalid(Compile("""{ "type": ["string", "null"] }"""), "12", "$: expected one of [string, null], got integer");

    [Fact]
    public void Boolean_schemas_and_empty_schema()
    {
        Valid(Compile("true"), "{\"anything\": 1}");
        Valid(Compile("{}"), "[1, 2]");
        Invalid(Compile("false"), "null", "schema is false");
        Invalid(Compile("""{ "properties": { "a": false } }"""), """{ "a": 1 }""", "$.a: no value is allowed");
    }

    [Fact]
    public void Nullable_is_not_a_keyword() =>
        Invalid(Compile("""{ "type": "string", "nullable": true }"""), "null", "expected string, got null");

    [Fact]
    public void Invalid_json_text_is_reported_not_thrown() =>
        Invalid(Compile("{}"), "{ not json", "$: not valid JSON");

    [Fact]
    public void Json_node_overload_treats_clr_null_as_json_null()
    {
        var validator = Compile("""{ "type": "object", "required": ["a"] }""");
        Assert.NotEmpty(validator.Validate((System.Text.Json.Nodes.JsonNode?)null));
        Assert.Empty(validator.Validate(new System.Text.Json.Nodes.JsonObject { ["a"] = 1 }));
        Assert.NotEmpty(validator.Validate(new System.Text.Json.Nodes.JsonObject { ["b"] = 1 }));
    }
}
