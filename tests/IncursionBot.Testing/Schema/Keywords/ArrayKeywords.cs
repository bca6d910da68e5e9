using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// Array keywords: <c>prefixItems</c> + <c>items</c> (2020-12), tuple <c>items</c> + <c>additionalItems</c> (draft-04/06),
/// <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>, <c>contains</c> with <c>minContains</c>/<c>maxContains</c>. Non-arrays pass.
/// </summary>
internal sealed class ArrayKeywords : IKeyword
{
    private SchemaNode[] _prefix = [];
    private SchemaNode? _rest;
    private long? _minItems;
    private long? _maxItems;
    private bool _unique;
    private SchemaNode? _contains;
    private long _minContains = 1;
    private long? _maxContains;

    public static void AddTo(CompileContext c)
    {
        var k = new ArrayKeywords();
        var any = false;
        if (c.TryGet("prefixItems", JsonValueKind.Array, out var prefix))
        {
            k._prefix = prefix.EnumerateArray().Select((s, i) => c.Sub(s, "prefixItems", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            any = true;
        }

        if (c.TryGet("items", out var items))
        {
            any = true;
            if (items.ValueKind == JsonValueKind.Array)
            {
                k._prefix = items.EnumerateArray().Select((s, i) => c.Sub(s, "items", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
                k._rest = c.TryGet("additionalItems", out var additional) ? c.Sub(additional, "additionalItems") : null;
            }
            else
            {
                k._rest = c.Sub(items, "items");
            }
        }

        k._minItems = Count(c, "minItems");
        k._maxItems = Count(c, "maxItems");
        k._unique = c.TryGet("uniqueItems", JsonValueKind.True, out _);
        if (c.TryGet("contains", out var contains))
        {
            k._contains = c.Sub(contains, "contains");
            k._minContains = Count(c, "minContains") ?? 1;
            k._maxContains = Count(c, "maxContains");
        }

        if (any || k._minItems is not null || k._maxItems is not null || k._unique || k._contains is not null)
        {
            c.Add(k);
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var length = instance.GetArrayLength();
        if (length < _minItems)
        {
            errors.Add(scope.Error($"array shorter than minItems {_minItems} (has {length})"));
        }

        if (length > _maxItems)
        {
            errors.Add(scope.Error($"array longer than maxItems {_maxItems} (has {length})"));
        }

        var index = 0;
        var matches = 0;
        foreach (var item in instance.EnumerateArray())
        {
            var schema = index < _prefix.Length ? _prefix[index] : _rest;
            schema?.Evaluate(item, scope.Index(index), errors);
            if (_contains is not null && _contains.IsValid(item, scope.Index(index)))
            {
                matches++;
            }

            index++;
        }

        if (_unique)
        {
            CheckUnique(instance, scope, errors);
        }

        if (_contains is not null && matches < _minContains)
        {
            errors.Add(scope.Error($"array has {matches} items matching 'contains' ({_contains.Label}), fewer than {_minContains}"));
        }

        if (_contains is not null && matches > _maxContains)
        {
            errors.Add(scope.Error($"array has {matches} items matching 'contains', more than maxContains {_maxContains}"));
        }
    }

    private static void CheckUnique(JsonElement array, InstanceScope scope, List<SchemaError> errors)
    {
        var items = array.EnumerateArray().ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i + 1; j < items.Length; j++)
            {
                if (JsonValues.DeepEquals(items[i], items[j]))
                {
                    errors.Add(scope.Error($"array items [{i}] and [{j}] are equal but uniqueItems is true"));
                    return;
                }
            }
        }
    }

    private static long? Count(CompileContext c, string name) =>
        c.TryGet(name, JsonValueKind.Number, out var value) ? (long)value.GetDouble() : null;
}
