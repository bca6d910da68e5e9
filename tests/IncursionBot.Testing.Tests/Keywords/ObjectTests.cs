using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class ObjectTests
{
    private const string Closed = """
        {
          "type": "object",
          "properties": { "name": { "type": "string" }, "with space": { "type": "integer" } },
          "patternProperties": { "^x-": { "type": "boolean" } },
          "additionalProperties": false,
          "required": ["name"]
        }
        """;

    [Theory]
    [InlineData("{\"name\": \"a\"}", true)]
    [InlineData("{\"name\": \"a\", \"x-flag\": true}", true)]
    [InlineData("{\"name\": \"a\", \"x-flag\": 1}", false)]
    [InlineData("{\"name\": \"a\", \"other\": 1}", false)]
    [InlineData("{\"name\": 1}", false)]
    [InlineData("{}", false)]
    [InlineData("{\"name\": \"a\", \"with space\": 2}", true)]
    public void Properties_patternProperties_additionalProperties_required(string instance, bool valid) =>
        Check(Compile(Closed), instance, valid);

    [Fact]
    public void Messages_point_at_the_property()
    {
        var validator = Compile(Closed);
        Invalid(validator, """{ "name": "a", "other": 1 }""", "$.other: property is not allowed");
        Invalid(validator, "{}", "$: missing required property 'name'");
        Invalid(validator, """{ "name": "a", "with space": "2" }""", "$['with space']: expected integer, got string");
    }

    [Theory]
    [InlineData("{\"en-US\": \"hi\"}", true)]
    [InlineData("{\"en-US\": \"\"}", false)]
    [InlineData("{\"en-US\": 3}", false)]
    public void AdditionalProperties_schema_applies_to_unlisted_properties(string instance, bool valid) =>
        Check(Compile("""{ "additionalProperties": { "type": "string", "minLength": 1 } }"""), instance, valid);

    [Theory]
    [InlineData("{\"a\": 1}", true)]
    [InlineData("{\"a\": 1, \"b\": 2}", true)]
    [InlineData("{}", false)]
    [InlineData("{\"a\": 1, \"b\": 2, \"c\": 3}", false)]
    public void Min_and_max_properties(string instance, bool valid) =>
        Check(Compile("""{ "minProperties": 1, "maxProperties": 2 }"""), instance, valid);

    [Theory]
    [InlineData("{\"abc\": 1}", true)]
    [InlineData("{\"ABC\": 1}", false)]
    public void PropertyNames_validates_keys(string instance, bool valid) =>
        Check(Compile("""{ "propertyNames": { "pattern": "^[a-z]+$" } }"""), instance, valid);

    [Theory]
    [InlineData("{\"id\": 1, \"label\": \"x\"}", true)]
    [InlineData("{\"id\": 1}", false)]
    [InlineData("{\"label\": \"x\"}", true)]
    [InlineData("{\"builtIn\": \"x\", \"groups\": []}", true)]
    [InlineData("{\"builtIn\": \"x\", \"groups\": 1}", false)]
    public void Dependencies_draft04_array_and_schema_forms(string instance, bool valid) =>
        Check(Compile("""{ "dependencies": { "id": ["label"], "builtIn": { "properties": { "groups": { "type": "array" } } } } }"""), instance, valid);

    [Theory]
    [InlineData("{\"card\": 1, \"billing\": 2}", true)]
    [InlineData("{\"card\": 1}", false)]
    public void DependentRequired_2020(string instance, bool valid) =>
        Check(Compile("""{ "dependentRequired": { "card": ["billing"] } }"""), instance, valid);
}
