using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>Turns schema JSON into <see cref="SchemaNode"/>s. Subschemas are compiled eagerly; <c>$ref</c> targets lazily.</summary>
internal static class SchemaCompiler
{
    private static readonly string[] Unsupported = ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef"];

    public static SchemaNode Compile(SchemaDocument document, JsonElement schema, string location)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return SchemaNode.FromBoolean(schema.ValueKind == JsonValueKind.True, location);
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{document.Path}{location}: a schema must be an object or a boolean, not {schema.ValueKind}.");
        }

        foreach (var keyword in Unsupported)
        {
            if (schema.TryGetProperty(keyword, out _))
            {
                throw new NotSupportedException($"{document.Path}{location}: keyword '{keyword}' is not supported by this validator.");
            }
        }

        var keywords = new List<IKeyword>();
        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            keywords.Add(new RefKeyword(document, reference.GetString()!, location));
            if (document.RefOverridesSiblings)
            {
                return SchemaNode.FromKeywords(location, Label(schema, location), [.. keywords]);
            }
        }

        var context = new CompileContext(document, schema, location, keywords);
        TypeKeyword.AddTo(context);
        EnumConstKeywords.AddTo(context);
        NumberKeywords.AddTo(context);
        StringKeywords.AddTo(context);
        ArrayKeywords.AddTo(context);
        ObjectKeywords.AddTo(context);
        ObjectRuleKeywords.AddTo(context);
        CombinatorKeywords.AddTo(context);
        BranchKeyword.AddTo(context);
        return SchemaNode.FromKeywords(location, Label(schema, location), [.. keywords]);
    }

    private static string Label(JsonElement schema, string location)
    {
        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            return reference.GetString()!;
        }

        if (schema.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array)
        {
            var refs = allOf.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("$ref", out var r) && r.ValueKind == JsonValueKind.String)
                .Select(s => s.GetProperty("$ref").GetString()!)
                .ToArray();
            if (refs.Length > 0)
            {
                return string.Join(" & ", refs);
            }
        }

        if (schema.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            return $"{location} ({title.GetString()})";
        }

        return location;
    }
}

/// <summary>What keyword groups see while compiling one schema object.</summary>
internal sealed record CompileContext(SchemaDocument Document, JsonElement Schema, string Location, List<IKeyword> Keywords)
{
    public bool TryGet(string name, out JsonElement value) => Schema.TryGetProperty(name, out value);

    public bool TryGet(string name, JsonValueKind kind, out JsonElement value) =>
        Schema.TryGetProperty(name, out value) && value.ValueKind == kind;

    public SchemaNode Sub(JsonElement schema, params string[] tokens) =>
        SchemaCompiler.Compile(Document, schema, Location + string.Concat(tokens.Select(t => "/" + JsonPointer.Escape(t))));

    public void Add(IKeyword keyword) => Keywords.Add(keyword);
}
