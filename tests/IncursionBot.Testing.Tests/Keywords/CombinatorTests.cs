using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class CombinatorTests
{
    [Theory]
    [InlineData("5", true)]
    [InlineData("50", false)]
    [InlineData("\"5\"", false)]
    public void AllOf_requires_every_branch(string instance, bool valid) =>
        Check(Compile("""{ "allOf": [{ "type": "integer" }, { "maximum": 10 }] }"""), instance, valid);

    [Theory]
    [InlineData("\"a\"", true)]
    [InlineData("null", true)]
    [InlineData("1", false)]
    public void AnyOf_requires_some_branch(string instance, bool valid) =>
        Check(Compile("""{ "anyOf": [{ "type": "string" }, { "type": "null" }] }"""), instance, valid);

    [Theory]
    [InlineData("3", true)]
    [InlineData("\"ab\"", true)]
    [InlineData("\"abcdef\"", false)]
    [InlineData("5", false)] // matches both branches
    public void OneOf_requires_exactly_one_branch(string instance, bool valid) =>
        Check(Compile("""{ "oneOf": [{ "type": "integer" }, { "type": "number", "minimum": 4 }, { "type": "string", "maxLength": 3 }] }"""), instance, valid);

    [Fact]
    public void OneOf_reports_which_branches_overlap() =>
        Invalid(Compile("""{ "oneOf": [{ "type": "integer" }, { "minimum": 4 }] }"""), "5", "matches 2 oneOf branches");

    [Theory]
    [InlineData("\"a\"", true)]
    [InlineData("1", false)]
    public void Not_inverts(string instance, bool valid) =>
        Check(Compile("""{ "not": { "type": "integer" } }"""), instance, valid);

    [Theory]
    [InlineData("{\"kind\": \"a\", \"a\": 1}", true)]
    [InlineData("{\"kind\": \"a\"}", false)]
    [InlineData("{\"kind\": \"b\", \"b\": 1}", true)]
    [InlineData("{\"kind\": \"b\"}", false)]
    public void If_then_else(string instance, bool valid) =>
        Check(Compile("""{ "if": { "properties": { "kind": { "const": "a" } } }, "then": { "required": ["a"] }, "else": { "required": ["b"] } }"""), instance, valid);

    [Fact]
    public void No_matching_branch_reports_the_discriminator_values()
    {
        const string schema = """
            {
              "anyOf": [
                { "required": ["type"], "properties": { "type": { "enum": ["TextBlock"] }, "text": { "type": "string" } } },
                { "required": ["type"], "properties": { "type": { "enum": ["FactSet"] }, "facts": { "type": "array" } } }
              ]
            }
            """;
        Invalid(Compile(schema), """{ "type": "Banner" }""", "$.type: value \"Banner\" matches no anyOf branch; expected one of [\"TextBlock\", \"FactSet\"]");
    }

    [Fact]
    public void No_matching_branch_reports_the_closest_branch()
    {
        const string schema = """
            {
              "$defs": {
                "text": { "required": ["type", "text"], "properties": { "type": { "const": "TextBlock" } } },
                "facts": { "required": ["type", "facts"], "properties": { "type": { "const": "FactSet" } } }
              },
              "anyOf": [{ "$ref": "#/$defs/facts" }, { "$ref": "#/$defs/text" }]
            }
            """;
        var errors = Invalid(Compile(schema), """{ "type": "TextBlock" }""", "closest is #1 #/$defs/text");
        Assert.Contains("$: missing required property 'text'", errors);
        Assert.DoesNotContain("$: missing required property 'facts'", errors);
    }

    [Fact]
    public void Branches_of_the_wrong_type_are_set_aside()
    {
        var validator = Compile("""{ "oneOf": [{ "type": "null" }, { "type": "object", "properties": { "n": { "maximum": 1 } } }] }""");
        var errors = Invalid(validator, """{ "n": 2 }""", "$.n: number 2 is greater than maximum 1");
        Assert.Single(errors);
        Invalid(validator, "\"x\"", "$: expected one of [null, object], got string");
    }
}
