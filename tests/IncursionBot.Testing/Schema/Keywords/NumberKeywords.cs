using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c> (number form of draft-06+/2020-12
/// and boolean form of draft-04) and <c>multipleOf</c>. Non-numbers pass.
/// </summary>
internal sealed class NumberKeywords(JsonElement? minimum, bool minimumExclusive, JsonElement? maximum, bool maximumExclusive, JsonElement? exclusiveMinimum, JsonElement? exclusiveMaximum, JsonElement? multipleOf) : IKeyword
{
    public static void AddTo(CompileContext c)
    {
        JsonElement? Number(string name) => c.TryGet(name, JsonValueKind.Number, out var v) ? v : null;
        bool Flag(string name) => c.TryGet(name, JsonValueKind.True, out _);

        var keyword = new NumberKeywords(
            Number("minimum"), Flag("exclusiveMinimum"), Number("maximum"), Flag("exclusiveMaximum"),
            Number("exclusiveMinimum"), Number("exclusiveMaximum"), Number("multipleOf"));
        if (keyword.HasAny)
        {
            c.Add(keyword);
        }
    }

    private bool HasAny => minimum is not null || maximum is not null || exclusiveMinimum is not null || exclusiveMaximum is not null || multipleOf is not null;

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (instance.ValueKind != JsonValueKind.Number)
        {
            return;
        }

        var shown = instance.GetRawText();
        if (minimum is { } min)
        {
            var cmp = JsonValues.Compare(instance, min);
            if (cmp < 0 || (minimumExclusive && cmp == 0))
            {
                var what = minimumExclusive ? "not greater than exclusive minimum" : "less than minimum";
                errors.Add(scope.Error($"number {shown} is {what} {min.GetRawText()}"));
            }
        }

        if (maximum is { } max)
        {
            var cmp = JsonValues.Compare(instance, max);
            if (cmp > 0 || (maximumExclusive && cmp == 0))
            {
                var what = maximumExclusive ? "not less than exclusive maximum" : "greater than maximum";
                errors.Add(scope.Error($"number {shown} is {what} {max.GetRawText()}"));
            }
        }

        if (exclusiveMinimum is { } xmin && JsonValues.Compare(instance, xmin) <= 0)
        {
            errors.Add(scope.Error($"number {shown} is not greater than exclusiveMinimum {xmin.GetRawText()}"));
        }

        if (exclusiveMaximum is { } xmax && JsonValues.Compare(instance, xmax) >= 0)
        {
            errors.Add(scope.Error($"number {shown} is not less than exclusiveMaximum {xmax.GetRawText()}"));
        }

        if (multipleOf is { } divisor && !JsonValues.IsMultipleOf(instance, divisor))
        {
            errors.Add(scope.Error($"number {shown} is not a multipleOf {divisor.GetRawText()}"));
        }
    }
}
