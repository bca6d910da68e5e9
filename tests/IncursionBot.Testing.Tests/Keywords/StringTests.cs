using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class StringTests
{
    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("\"ab\"", false)]
    [InlineData("\"abcde\"", false)]
    [InlineData("\"a😀c\"", true)] // three code points, four UTF-16 units
    [InlineData("\"😀😀\"", false)] // two code points, four UTF-16 units
    [InlineData("5", true)] // not a string: length keywords do not apply
    public void Length_counts_code_points(string instance, bool valid) =>
        Check(Compile("""{ "minLength": 3, "maxLength": 4 }"""), instance, valid);

    [Fact]
    public void Length_messages()
    {
        Invalid(Compile("""{ "properties": { "t": { "maxLength": 2 } } }"""), """{ "t": "abc" }""", "$.t: string longer than maxLength 2");
        Invalid(Compile("""{ "minLength": 1 }"""), "\"\"", "$: string shorter than minLength 1");
    }

    [Theory]
    [InlineData("\"123\"", true)]
    [InlineData("\"0\"", true)]
    [InlineData("\"0123\"", false)]
    [InlineData("\"12a\"", false)]
    [InlineData("\"123\\n\"", false)] // ECMAScript "$" does not match before a trailing newline
    [InlineData("\"١٢٣\"", false)] // \d is ASCII-only, as in ECMAScript
    public void Pattern_uses_ecmascript_semantics(string instance, bool valid) =>
        Check(Compile("""{ "pattern": "^(0|[1-9]\\d*)$" }"""), instance, valid);

    [Fact]
    public void Pattern_is_not_anchored_implicitly()
    {
        var validator = Compile("""{ "pattern": "b+" }""");
        Valid(validator, "\"abbbc\"");
        Invalid(validator, "\"ac\"", "does not match pattern b+");
    }

    [Theory]
    [InlineData("date-time", "\"2026-09-10T06:00:00Z\"", true)]
    [InlineData("date-time", "\"2026-09-10T06:00:00.123+02:00\"", true)]
    [InlineData("date-time", "\"2026-09-10\"", false)]
    [InlineData("date-time", "\"yesterday\"", false)]
    [InlineData("uri", "\"https://example.com/a?b=c\"", true)]
    [InlineData("uri", "\"/relative/path\"", false)]
    [InlineData("uri", "\"not a uri\"", false)]
    [InlineData("uri-reference", "\"/relative/path\"", true)]
    [InlineData("uuid", "\"0f8fad5b-d9cb-469f-a165-70867728950e\"", true)]
    [InlineData("uuid", "\"0f8fad5b\"", false)]
    [InlineData("int32", "\"anything\"", true)] // unknown formats are annotations
    public void Format_is_checked_leniently(string format, string instance, bool valid) =>
        Check(Compile($$"""{ "format": "{{format}}" }"""), instance, valid);
}
