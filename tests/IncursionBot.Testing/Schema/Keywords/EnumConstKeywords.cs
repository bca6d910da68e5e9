using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary><c>enum</c> and <c>const</c>, compared by JSON value.</summary>
internal sealed class EnumConstKeywords(JsonElement[]? allowed, JsonElement? constant) : IKeyword
{
    public static void AddTo(CompileContext c)
    {
        JsonElement[]? allowed = c.TryGet("enum", JsonValueKind.Array, out var e) ? e.EnumerateArray().ToArray() : null;
        JsonElement? constant = c.TryGet("const", out var k) ? k : null;
        if (allowed is not null || constant is not null)
        {
            c.Add(new EnumConstKeywords(allowed, constant));
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (allowed is not null && !allowed.Any(a => JsonValues.DeepEquals(a, instance)))
        {
            var list = JsonValues.DisplayList(allowed);
            var expected = string.Join(", ", allowed.Select(JsonValues.Display));
            errors.Add(scope.Error($"value {JsonValues.Display(instance)} is not one of {list}", ErrorKind.EnumOrConst, expected, JsonValues.Display(instance)));
        }

        if (constant is { } value && !JsonValues.DeepEquals(value, instance))
        {
            var shown = JsonValues.Display(value);
            errors.Add(scope.Error($"value {JsonValues.Display(instance)} does not equal const {shown}", ErrorKind.EnumOrConst, shown, JsonValues.Display(instance)));
        }
    }
}
