using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// <c>required</c>, <c>minProperties</c>, <c>maxProperties</c>, <c>propertyNames</c>, <c>dependentRequired</c>,
/// <c>dependentSchemas</c> and draft-04 <c>dependencies</c> (array or schema form). Non-objects pass.
/// </summary>
internal sealed class ObjectRuleKeywords : IKeyword
{
    private string[] _required = [];
    private long? _minProperties;
    private long? _maxProperties;
    private SchemaNode? _propertyNames;
    private readonly Dictionary<string, string[]> _dependentRequired = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaNode> _dependentSchemas = new(StringComparer.Ordinal);

    public static void AddTo(CompileContext c)
    {
        var k = new ObjectRuleKeywords();
        if (c.TryGet("required", JsonValueKind.Array, out var required))
        {
            k._required = required.EnumerateArray().Select(r => r.GetString()!).ToArray();
        }

        k._minProperties = c.TryGet("minProperties", JsonValueKind.Number, out var min) ? (long)min.GetDouble() : null;
        k._maxProperties = c.TryGet("maxProperties", JsonValueKind.Number, out var max) ? (long)max.GetDouble() : null;
        k._propertyNames = c.TryGet("propertyNames", out var names) ? c.Sub(names, "propertyNames") : null;
        foreach (var keyword in new[] { "dependencies", "dependentRequired", "dependentSchemas" })
        {
            if (!c.TryGet(keyword, JsonValueKind.Object, out var deps))
            {
                continue;
            }

            foreach (var dep in deps.EnumerateObject())
            {
                if (dep.Value.ValueKind == JsonValueKind.Array)
                {
                    k._dependentRequired[dep.Name] = dep.Value.EnumerateArray().Select(r => r.GetString()!).ToArray();
                }
                else
                {
                    k._dependentSchemas[dep.Name] = c.Sub(dep.Value, keyword, dep.Name);
                }
            }
        }

        if (k._required.Length > 0 || k._minProperties is not null || k._maxProperties is not null || k._propertyNames is not null
            || k._dependentRequired.Count > 0 || k._dependentSchemas.Count > 0)
        {
            c.Add(k);
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var name in _required)
        {
            if (!instance.TryGetProperty(name, out _))
            {
                errors.Add(scope.Error($"missing required property '{name}'"));
            }
        }

        var count = instance.EnumerateObject().Count();
        if (count < _minProperties)
        {
            errors.Add(scope.Error($"object has {count} properties, fewer than minProperties {_minProperties}"));
        }

        if (count > _maxProperties)
        {
            errors.Add(scope.Error($"object has {count} properties, more than maxProperties {_maxProperties}"));
        }

        foreach (var property in instance.EnumerateObject())
        {
            if (_propertyNames is not null)
            {
                using var name = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
                foreach (var error in _propertyNames.Collect(name.RootElement, scope.Property(property.Name)))
                {
                    errors.Add(error with { Message = "property name: " + error.Message });
                }
            }

            if (_dependentRequired.TryGetValue(property.Name, out var needed))
            {
                foreach (var other in needed.Where(n => !instance.TryGetProperty(n, out _)))
                {
                    errors.Add(scope.Error($"property '{property.Name}' requires property '{other}'"));
                }
            }

            _dependentSchemas.GetValueOrDefault(property.Name)?.Evaluate(instance, scope, errors);
        }
    }
}
