using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// <c>$ref</c>: resolved against the whole document on first use and cached. A reference that comes back to a schema already
/// being applied to the same instance location (a cycle that consumes no input) adds no constraint.
/// </summary>
internal sealed class RefKeyword(SchemaDocument document, string reference, string location) : IKeyword
{
    private SchemaNode? _target;

    public SchemaNode Target => _target ??= document.Resolve(reference, location);

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        var target = Target;
        switch (scope.Context.TryEnter(target, scope.Path))
        {
            case EnterResult.Cycle:
                return;
            case EnterResult.TooDeep:
                errors.Add(scope.Error($"schema nesting deeper than {ValidationContext.MaxDepth} at $ref '{reference}'"));
                return;
        }

        try
        {
            target.Evaluate(instance, scope, errors);
        }
        finally
        {
            scope.Context.Exit(target, scope.Path);
        }
    }
}
