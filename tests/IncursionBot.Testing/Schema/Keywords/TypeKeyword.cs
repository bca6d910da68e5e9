using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary><c>type</c>: a name or an array of names; "integer" accepts numbers without a fraction.</summary>
internal sealed class TypeKeyword(string[] types) : IKeyword
{
    private static readonly string[] Known = ["null", "boolean", "object", "array", "number", "integer", "string"];

    public static void AddTo(CompileContext c)
    {
        if (!c.TryGet("type", out var type))
        {
            return;
        }

        string[] names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.GetString()!).ToArray(),
            _ => throw new InvalidOperationException($"{c.Document.Path}{c.Location}: 'type' must be a string or an array."),
        };

        // OpenAPI 2.0 "file" is not a JSON type; treat it as unconstrained instead of rejecting everything.
        if (names.Contains("file"))
        {
            return;
        }

        var unknown = names.FirstOrDefault(n => !Known.Contains(n));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{c.Document.Path}{c.Location}: unknown type '{unknown}'.");
        }

        c.Add(new TypeKeyword(names));
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        foreach (var type in types)
        {
            if (Matches(type, instance))
            {
                return;
            }
        }

        errors.Add(scope.Error($"expected {Describe(types)}, got {JsonValues.TypeName(instance, integerAware: true)}", ErrorKind.Type, string.Join(", ", types)));
    }

    /// <summary>"string" or "one of [string, null]".</summary>
    public static string Describe(IReadOnlyCollection<string> types) =>
        types.Count == 1 ? types.First() : "one of [" + string.Join(", ", types) + "]";

    private static bool Matches(string type, JsonElement instance) => type switch
    {
        "integer" => instance.ValueKind == JsonValueKind.Number && JsonValues.IsInteger(instance),
        "number" => instance.ValueKind == JsonValueKind.Number,
        _ => type == JsonValues.TypeName(instance),
    };
}
