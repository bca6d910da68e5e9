namespace IncursionBot.Core.Queries;

/// <summary>A command's answer: a value, or an error message that tells the user what to fix.</summary>
public sealed record CommandResult<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static CommandResult<T> Ok(T value) => new(value, null);

    public static CommandResult<T> Fail(string error) => new(default, error);
}
