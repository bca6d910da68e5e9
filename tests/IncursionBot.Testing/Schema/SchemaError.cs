namespace IncursionBot.Testing.Schema;

/// <summary>What kind of check produced a <see cref="SchemaError"/>; used to rank anyOf/oneOf branches.</summary>
internal enum ErrorKind
{
    Other,
    Type,
    EnumOrConst,
    Summary,
}

/// <summary>One validation failure at an instance location.</summary>
/// <param name="Path">Instance location, e.g. <c>$.embeds[0].title</c>.</param>
/// <param name="Depth">Number of segments in <paramref name="Path"/>.</param>
/// <param name="Message">Human-readable description of the failure.</param>
/// <param name="Kind">Category used when choosing the closest anyOf/oneOf branch.</param>
/// <param name="Expected">For type and enum/const failures, the allowed types or values as text.</param>
/// <param name="Actual">For enum/const failures, the rejected value as text.</param>
internal readonly record struct SchemaError(string Path, int Depth, string Message, ErrorKind Kind = ErrorKind.Other, string? Expected = null, string? Actual = null)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Where in the instance a keyword is being evaluated, plus the per-call state.</summary>
internal readonly record struct InstanceScope(string Path, int Depth, ValidationContext Context)
{
    public InstanceScope Property(string name) => new(Path + FormatProperty(name), Depth + 1, Context);

    public InstanceScope Index(int index) => new($"{Path}[{index}]", Depth + 1, Context);

    public SchemaError Error(string message, ErrorKind kind = ErrorKind.Other, string? expected = null, string? actual = null) =>
        new(Path, Depth, message, kind, expected, actual);

    private static string FormatProperty(string name)
    {
        if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_' || name[0] == '$') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$'))
        {
            return "." + name;
        }

        return "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }
}
