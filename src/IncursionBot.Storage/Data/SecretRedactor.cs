namespace IncursionBot.Storage.Data;

/// <summary>Removes known secrets from text that leaves the store (error messages, health details).</summary>
internal sealed class SecretRedactor(IEnumerable<string?> secrets)
{
    private const string Mask = "***";

    private readonly string[] _secrets = secrets.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToArray();

    public string Redact(string text) =>
        _secrets.Aggregate(text, (current, secret) => current.Replace(secret, Mask, StringComparison.Ordinal));
}
