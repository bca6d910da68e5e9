using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary><c>allOf</c>, <c>not</c> and <c>if</c>/<c>then</c>/<c>else</c>. (anyOf/oneOf are in <see cref="BranchKeyword"/>.)</summary>
internal sealed class CombinatorKeywords(SchemaNode[] allOf, SchemaNode? not, SchemaNode? condition, SchemaNode? then, SchemaNode? otherwise) : IKeyword
{
    public static void AddTo(CompileContext c)
    {
        var allOf = c.TryGet("allOf", JsonValueKind.Array, out var all)
            ? all.EnumerateArray().Select((s, i) => c.Sub(s, "allOf", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray()
            : [];
        var not = c.TryGet("not", out var n) ? c.Sub(n, "not") : null;
        var condition = c.TryGet("if", out var i) ? c.Sub(i, "if") : null;
        var then = condition is not null && c.TryGet("then", out var t) ? c.Sub(t, "then") : null;
        var otherwise = condition is not null && c.TryGet("else", out var e) ? c.Sub(e, "else") : null;
        if (allOf.Length > 0 || not is not null || then is not null || otherwise is not null)
        {
            c.Add(new CombinatorKeywords(allOf, not, condition, then, otherwise));
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        foreach (var schema in allOf)
        {
            schema.Evaluate(instance, scope, errors);
        }

        if (not is not null && not.IsValid(instance, scope))
        {
            errors.Add(scope.Error($"value must not match the 'not' schema {not.Label}"));
        }

        if (condition is null)
        {
            return;
        }

        var branch = condition.IsValid(instance, scope) ? then : otherwise;
        branch?.Evaluate(instance, scope, errors);
    }
}
