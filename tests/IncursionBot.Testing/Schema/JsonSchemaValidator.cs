using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// A small JSON Schema validator for contract tests (draft-04/06 and 2020-12 keywords, OpenAPI 3.1 and Swagger 2.0 documents).
/// Documents are parsed once per process and compiled lazily, so loading the same file again is cheap. Thread-safe.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly SchemaNode _root;

    private JsonSchemaValidator(SchemaNode root) => _root = root;

    /// <summary>
    /// Loads a schema document; <paramref name="pointer"/> selects the root schema inside it (e.g.
    /// <c>#/components/schemas/MessageCreateRequest</c> for the Discord OpenAPI file, <c>#</c> for the Adaptive Card schema).
    /// <c>$ref</c> resolution is relative to the whole document.
    /// </summary>
    /// <exception cref="FileNotFoundException">The document does not exist.</exception>
    /// <exception cref="KeyNotFoundException">The pointer does not resolve.</exception>
    public static JsonSchemaValidator Load(string documentPath, string pointer = "#")
    {
        ArgumentException.ThrowIfNullOrEmpty(documentPath);
        return new JsonSchemaValidator(SchemaDocument.Load(documentPath).Get(pointer));
    }

    /// <summary>Validates a JSON value (<see langword="null"/> means JSON <c>null</c>). Returns readable errors; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        return Validate(document.RootElement);
    }

    /// <summary>Validates JSON text. Returns readable errors (including a parse error); empty when valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return [$"$: not valid JSON: {ex.Message}"];
        }

        using (document)
        {
            return Validate(document.RootElement);
        }
    }

    private List<string> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        _root.Evaluate(instance, new InstanceScope("$", 0, new ValidationContext()), errors);
        return errors.Select(e => e.ToString()).Distinct(StringComparer.Ordinal).ToList();
    }
}
