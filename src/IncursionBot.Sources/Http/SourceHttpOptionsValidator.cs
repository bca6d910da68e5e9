using Microsoft.Extensions.Options;

namespace IncursionBot.Sources.Http;

/// <summary>Rejects <see cref="SourceHttpOptions"/> that would make every poll fail or hammer a server.</summary>
internal sealed class SourceHttpOptionsValidator : IValidateOptions<SourceHttpOptions>
{
    private const string Section = SourceHttpOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SourceHttpOptions options)
    {
        var errors = new List<string>();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{Section}:Timeout must be between 00:00:00 (exclusive) and 00:10:00; it is {options.Timeout}.");
        }

        if (options.MaxResponseBytes < 1024)
        {
            errors.Add($"{Section}:MaxResponseBytes must be at least 1024; it is {options.MaxResponseBytes}.");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent) || options.UserAgent.Any(char.IsControl))
        {
            errors.Add($"{Section}:UserAgent must be a non-empty single line.");
        }

        if (options.GdeltMinimumInterval < SourceHttpOptions.GdeltDocumentedInterval)
        {
            errors.Add($"{Section}:GdeltMinimumInterval must be at least {SourceHttpOptions.GdeltDocumentedInterval} (GDELT's documented limit); it is {options.GdeltMinimumInterval}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
