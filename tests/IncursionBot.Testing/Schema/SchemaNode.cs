using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>One compiled check (a keyword or a group of keywords that must be evaluated together).</summary>
internal interface IKeyword
{
    void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors);
}

/// <summary>A compiled schema: either a boolean schema or a list of keyword checks.</summary>
internal sealed class SchemaNode
{
    private readonly bool? _boolean;
    private readonly IKeyword[] _keywords;

    private SchemaNode(string location, string label, bool? boolean, IKeyword[] keywords)
    {
        Location = location;
        Label = label;
        _boolean = boolean;
        _keywords = keywords;
    }

    /// <summary>JSON pointer of this schema inside its document, e.g. <c>#/definitions/TextBlock</c>.</summary>
    public string Location { get; }

    /// <summary>Short description used in anyOf/oneOf messages (the $ref target, title, or location).</summary>
    public string Label { get; }

    /// <summary>True for the schemas <c>true</c> and <c>{}</c>.</summary>
    public bool AcceptsEverything => _boolean == true || (_boolean is null && _keywords.Length == 0);

    public static SchemaNode FromBoolean(bool value, string location) => new(location, location, value, []);

    public static SchemaNode FromKeywords(string location, string label, IKeyword[] keywords) => new(location, label, null, keywords);

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (_boolean == false)
        {
            errors.Add(scope.Error("no value is allowed here (schema is false)"));
            return;
        }

        foreach (var keyword in _keywords)
        {
            keyword.Evaluate(instance, scope, errors);
        }
    }

    /// <summary>Evaluates into a fresh list and returns it (empty when valid).</summary>
    public List<SchemaError> Collect(JsonElement instance, InstanceScope scope)
    {
        var errors = new List<SchemaError>();
        Evaluate(instance, scope, errors);
        return errors;
    }

    public bool IsValid(JsonElement instance, InstanceScope scope) => Collect(instance, scope).Count == 0;

    public override string ToString() => Location;
}
