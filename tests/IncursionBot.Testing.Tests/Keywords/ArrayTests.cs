using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class ArrayTests
{
    [Theory]
    [InlineData("[1]", true)]
    [InlineData("[1, 2, 3]", true)]
    [InlineData("[]", false)]
    [InlineData("[1, 2, 3, 4]", false)]
    [InlineData("[1, \"2\"]", false)]
    [InlineData("\"not an array\"", true)]
    public void Items_min_and_max(string instance, bool valid) =>
        Check(Compile("""{ "items": { "type": "integer" }, "minItems": 1, "maxItems": 3 }"""), instance, valid);

    [Fact]
    public void Item_errors_carry_the_index() =>
        Invalid(Compile("""{ "items": { "type": "integer" } }"""), "[1, 2, \"x\"]", "$[2]: expected integer, got string");

    [Theory]
    [InlineData("[1, 2, 1.0]", false)]
    [InlineData("[{\"a\": 1, \"b\": 2}, {\"b\": 2, \"a\": 1}]", false)]
    [InlineData("[[1, 2], [2, 1]]", true)]
    [InlineData("[\"a\", \"A\"]", true)]
    public void UniqueItems_uses_json_equality(string instance, bool valid) =>
        Check(Compile("""{ "uniqueItems": true }"""), instance, valid);

    [Theory]
    [InlineData("[\"a\", 1]", true)]
    [InlineData("[\"a\", 1, true, false]", true)]
    [InlineData("[\"a\", 1, \"x\"]", false)]
    [InlineData("[1, 1]", false)]
    public void PrefixItems_then_items_2020(string instance, bool valid) =>
        Check(Compile("""{ "prefixItems": [{ "type": "string" }, { "type": "integer" }], "items": { "type": "boolean" } }"""), instance, valid);

    [Theory]
    [InlineData("[\"a\", 1]", true)]
    [InlineData("[\"a\", 1, null]", false)]
    [InlineData("[1]", false)]
    public void Tuple_items_with_additionalItems_draft04(string instance, bool valid) =>
        Check(Compile("""{ "items": [{ "type": "string" }, { "type": "integer" }], "additionalItems": false }"""), instance, valid);

    [Theory]
    [InlineData("[1, \"a\"]", true)]
    [InlineData("[1, 2]", false)]
    [InlineData("[\"a\", \"b\", \"c\"]", false)]
    public void Contains_with_min_and_max(string instance, bool valid) =>
        Check(Compile("""{ "contains": { "type": "string" }, "maxContains": 2 }"""), instance, valid);
}
