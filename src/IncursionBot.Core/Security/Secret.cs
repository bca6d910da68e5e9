namespace IncursionBot.Core.Security;

/// <summary>
/// A token, password or webhook URL. It prints as <c>[redacted]</c> wherever it ends up (logs, exceptions,
/// <c>/healthz</c>); only <see cref="Reveal"/> gives the value, at the point it goes on the wire.
/// </summary>
public sealed class Secret(string value)
{
    public const string Redacted = "[redacted]";

    public bool IsEmpty => string.IsNullOrWhiteSpace(value);

    public string Reveal() => value;

    public override string ToString() => Redacted;

    /// <summary>Removes the secret's value from a text (an exception message, a URL) before it is logged.</summary>
    public string Scrub(string text) => IsEmpty ? text : text.Replace(value, Redacted, StringComparison.Ordinal);
}
