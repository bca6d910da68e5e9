using System.Collections.Concurrent;
using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>A parsed schema file (JSON Schema, OpenAPI or Swagger) with a cache of compiled schemas keyed by pointer.</summary>
internal sealed class SchemaDocument
{
    private static readonly ConcurrentDictionary<string, Lazy<SchemaDocument>> Loaded = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, SchemaNode> _nodes = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, string>> _anchors;
    private readonly string? _id;

    private SchemaDocument(string path, JsonElement root)
    {
        Path = path;
        Root = root;
        _id = StringProperty(root, "$id") ?? StringProperty(root, "id");
        RefOverridesSiblings = DetectLegacyRefs(root);
        _anchors = new Lazy<Dictionary<string, string>>(() => AnchorScanner.Scan(Root));
    }

    /// <summary>Full path of the file this document was read from.</summary>
    public string Path { get; }

    public JsonElement Root { get; }

    /// <summary>True for draft-04/06/07, Swagger 2.0 and OpenAPI 3.0, where keywords beside <c>$ref</c> are ignored.</summary>
    public bool RefOverridesSiblings { get; }

    /// <summary>Reads and parses <paramref name="path"/> once per process.</summary>
    public static SchemaDocument Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return Loaded.GetOrAdd(full, p => new Lazy<SchemaDocument>(() => Parse(p))).Value;
    }

    /// <summary>The compiled schema at <paramref name="pointer"/> (fragment form), compiling it on first use.</summary>
    public SchemaNode Get(string pointer)
    {
        var normalized = JsonPointer.Normalize(pointer);
        if (_nodes.TryGetValue(normalized, out var cached))
        {
            return cached;
        }

        if (!JsonPointer.TryResolve(Root, normalized, out var element))
        {
            throw new KeyNotFoundException($"{Path}: pointer '{pointer}' does not resolve to anything in the document.");
        }

        return _nodes.GetOrAdd(normalized, SchemaCompiler.Compile(this, element, normalized));
    }

    /// <summary>Resolves a <c>$ref</c> value: a local pointer, a plain-name anchor, or this document's own id plus a fragment.</summary>
    public SchemaNode Resolve(string reference, string from)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var baseUri = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "#" : reference[hash..];
        if (baseUri.Length > 0 && !IsThisDocument(baseUri))
        {
            throw new NotSupportedException($"{Path}{from}: external $ref '{reference}' is not supported.");
        }

        if (fragment.Length > 1 && fragment[1] != '/')
        {
            var name = Uri.UnescapeDataString(fragment[1..]);
            return _anchors.Value.TryGetValue(name, out var anchored)
                ? Get(anchored)
                : throw new KeyNotFoundException($"{Path}{from}: $ref '{reference}' names an unknown anchor.");
        }

        try
        {
            return Get(fragment);
        }
        catch (KeyNotFoundException)
        {
            throw new KeyNotFoundException($"{Path}{from}: $ref '{reference}' does not resolve.");
        }
    }

    private static SchemaDocument Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Schema document '{path}' does not exist.", path);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return new SchemaDocument(path, json.RootElement.Clone());
    }

    private bool IsThisDocument(string baseUri)
    {
        var trimmed = baseUri.TrimEnd('#');
        return (_id is not null && string.Equals(_id.TrimEnd('#'), trimmed, StringComparison.Ordinal))
            || string.Equals(System.IO.Path.GetFileName(Path), trimmed.TrimStart('.', '/'), StringComparison.Ordinal);
    }

    private static bool DetectLegacyRefs(JsonElement root)
    {
        if (StringProperty(root, "$schema") is { } dialect)
        {
            return dialect.Contains("draft-0", StringComparison.Ordinal);
        }

        if (StringProperty(root, "swagger") is not null)
        {
            return true;
        }

        return StringProperty(root, "openapi") is { } openApi && openApi.StartsWith("3.0", StringComparison.Ordinal);
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
