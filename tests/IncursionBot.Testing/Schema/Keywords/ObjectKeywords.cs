using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// <c>properties</c>, <c>patternProperties</c> and <c>additionalProperties</c> (boolean or schema), evaluated together because
/// "additional" means "matched by neither of the other two". Non-objects pass.
/// </summary>
internal sealed class ObjectKeywords(Dictionary<string, SchemaNode> properties, (string Pattern, SchemaNode Schema)[] patterns, SchemaNode? additional, bool forbidAdditional) : IKeyword
{
    public static void AddTo(CompileContext c)
    {
        var properties = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        if (c.TryGet("properties", JsonValueKind.Object, out var props))
        {
            foreach (var property in props.EnumerateObject())
            {
                properties[property.Name] = c.Sub(property.Value, "properties", property.Name);
            }
        }

        var patterns = new List<(string, SchemaNode)>();
        if (c.TryGet("patternProperties", JsonValueKind.Object, out var patternProps))
        {
            foreach (var property in patternProps.EnumerateObject())
            {
                EcmaRegex.Get(property.Name);
                patterns.Add((property.Name, c.Sub(property.Value, "patternProperties", property.Name)));
            }
        }

        SchemaNode? additional = null;
        var forbid = false;
        if (c.TryGet("additionalProperties", out var extra))
        {
            forbid = extra.ValueKind == JsonValueKind.False;
            additional = extra.ValueKind is JsonValueKind.Object ? c.Sub(extra, "additionalProperties") : null;
            additional = additional is { AcceptsEverything: true } ? null : additional;
        }

        if (properties.Count > 0 || patterns.Count > 0 || additional is not null || forbid)
        {
            c.Add(new ObjectKeywords(properties, [.. patterns], additional, forbid));
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in instance.EnumerateObject())
        {
            var matched = false;
            var child = scope.Property(property.Name);
            if (properties.TryGetValue(property.Name, out var schema))
            {
                matched = true;
                schema.Evaluate(property.Value, child, errors);
            }

            foreach (var (pattern, patternSchema) in patterns)
            {
                if (EcmaRegex.IsMatch(pattern, property.Name))
                {
                    matched = true;
                    patternSchema.Evaluate(property.Value, child, errors);
                }
            }

            if (matched)
            {
                continue;
            }

            if (forbidAdditional)
            {
                errors.Add(child.Error("property is not allowed (additionalProperties is false)"));
            }
            else
            {
                additional?.Evaluate(property.Value, child, errors);
            }
        }
    }
}
