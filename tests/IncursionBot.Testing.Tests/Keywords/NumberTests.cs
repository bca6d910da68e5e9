using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class NumberTests
{
    [Theory]
    [InlineData("0", true)]
    [InlineData("10", true)]
    [InlineData("-1", false)]
    [InlineData("10.5", false)]
    [InlineData("\"100\"", true)] // not a number: bounds do not apply
    public void Minimum_and_maximum_are_inclusive(string instance, bool valid) =>
        Check(Compile("""{ "minimum": 0, "maximum": 10 }"""), instance, valid);

    [Theory]
    [InlineData("0", false)]
    [InlineData("0.001", true)]
    [InlineData("9.999", true)]
    [InlineData("10", false)]
    public void Exclusive_bounds_2020_number_form(string instance, bool valid) =>
        Check(Compile("""{ "exclusiveMinimum": 0, "exclusiveMaximum": 10 }"""), instance, valid);

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("10", false)]
    [InlineData("9", true)]
    public void Exclusive_bounds_draft04_boolean_form(string instance, bool valid) =>
        Check(Compile("""{ "minimum": 0, "exclusiveMinimum": true, "maximum": 10, "exclusiveMaximum": true }"""), instance, valid);

    [Fact]
    public void Draft04_false_exclusive_flags_keep_bounds_inclusive() =>
        Valid(Compile("""{ "minimum": 0, "exclusiveMinimum": false, "maximum": 10, "exclusiveMaximum": false }"""), "10");

    [Fact]
    public void Huge_bounds_beyond_int64_compare_correctly()
    {
        var validator = Compile("""{ "type": "integer", "minimum": -9223372036854776000, "maximum": 9223372036854776000 }""");
        Valid(validator, "9223372036854775807");
        Invalid(validator, "9223372036854777000", "greater than maximum 9223372036854776000");
    }

    [Theory]
    [InlineData("0.3", true)]
    [InlineData("0.35", false)]
    [InlineData("3", true)]
    public void MultipleOf_is_exact_for_decimals(string instance, bool valid) =>
        Check(Compile("""{ "multipleOf": 0.1 }"""), instance, valid);

    [Fact]
    public void Messages_name_the_bound()
    {
        Invalid(Compile("""{ "maximum": 16777215 }"""), "16777216", "$: number 16777216 is greater than maximum 16777215");
        Invalid(Compile("""{ "multipleOf": 2 }"""), "3", "not a multipleOf 2");
    }
}
