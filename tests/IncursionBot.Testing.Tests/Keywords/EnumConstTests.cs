using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class EnumConstTests
{
    [Theory]
    [InlineData("\"users\"", true)]
    [InlineData("\"Users\"", false)]
    [InlineData("4", true)]
    [InlineData("4.0", true)]
    [InlineData("\"4\"", false)]
    [InlineData("null", true)]
    [InlineData("{\"b\": [1], \"a\": 1}", true)]
    [InlineData("{\"a\": 1}", false)]
    [InlineData("[1, 2]", false)]
    public void Enum_compares_json_values(string instance, bool valid) =>
        Check(Compile("""{ "enum": ["users", 4, null, { "a": 1, "b": [1] }] }"""), instance, valid);

    [Theory]
    [InlineData("\"1.17\"", true)]
    [InlineData("\"1.16\"", false)]
    [InlineData("1.17", false)]
    public void Const_requires_equal_value(string instance, bool valid) =>
        Check(Compile("""{ "const": "1.17" }"""), instance, valid);

    [Fact]
    public void Const_null_and_false_are_distinct()
    {
        Invalid(Compile("""{ "const": false }"""), "null", "does not equal const false");
        Valid(Compile("""{ "const": null }"""), "null");
    }

    [Fact]
    public void Enum_message_lists_allowed_values() =>
        Invalid(Compile("""{ "enum": ["a", "b"] }"""), "\"c\"", "$: value \"c\" is not one of [\"a\", \"b\"]");
}
