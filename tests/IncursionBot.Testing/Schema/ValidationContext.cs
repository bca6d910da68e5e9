namespace IncursionBot.Testing.Schema;

/// <summary>Per-<c>Validate</c> state: guards against <c>$ref</c> cycles that do not consume input.</summary>
internal sealed class ValidationContext
{
    /// <summary>Maximum nesting of schema evaluations before validation gives up.</summary>
    public const int MaxDepth = 400;

    private readonly HashSet<(SchemaNode Node, string Path)> _active = [];
    private int _nesting;

    /// <summary>Enters <paramref name="node"/> at <paramref name="path"/>, unless that pair is already being evaluated (a cycle) or nesting is too deep.</summary>
    public EnterResult TryEnter(SchemaNode node, string path)
    {
        if (_nesting >= MaxDepth)
        {
            return EnterResult.TooDeep;
        }

        if (!_active.Add((node, path)))
        {
            return EnterResult.Cycle;
        }

        _nesting++;
        return EnterResult.Entered;
    }

    public void Exit(SchemaNode node, string path)
    {
        _active.Remove((node, path));
        _nesting--;
    }
}

/// <summary>Outcome of <see cref="ValidationContext.TryEnter"/>.</summary>
internal enum EnterResult
{
    Entered,
    Cycle,
    TooDeep,
}
