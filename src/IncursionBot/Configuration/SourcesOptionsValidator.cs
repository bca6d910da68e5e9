using IncursionBot.Core.Ports;
using Microsoft.Extensions.Options;

namespace IncursionBot.Configuration;

/// <summary>Checks every <c>Sources</c> entry and names the key to fix.</summary>
public sealed class SourcesOptionsValidator(IEnumerable<ISourceFactory> factories) : IValidateOptions<SourcesOptions>
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(10);

    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var types = factories.Select(f => f.Type).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Items.Count; i++)
        {
            var source = options.Items[i];
            var key = $"Sources:{i}";
            if (string.IsNullOrWhiteSpace(source.Name))
            {
                errors.Add($"{key}:Name is required (a short unique name such as 'notes-from-poland').");
            }
            else if (!names.Add(source.Name))
            {
                errors.Add($"{key}:Name '{source.Name}' is used by another source; names must be unique.");
            }

            if (!types.Contains(source.Type))
            {
                errors.Add($"{key}:Type '{source.Type}' is not supported; use one of: {string.Join(", ", types.Order())}.");
            }
            else if (source.Type.Equals("inbox", StringComparison.OrdinalIgnoreCase))
            {
                if (string.IsNullOrWhiteSpace(source.Path))
                {
                    errors.Add($"{key}:Path is required for an inbox source (the folder to watch).");
                }
            }
            else if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{key}:Url must be an absolute http or https URL for a {source.Type} source (got '{source.Url}').");
            }

            if (source.PollInterval < MinimumInterval)
            {
                errors.Add($"{key}:PollInterval must be at least {MinimumInterval} (got {source.PollInterval}).");
            }

            if (source.MaxItemAge <= TimeSpan.Zero)
            {
                errors.Add($"{key}:MaxItemAge must be positive (got {source.MaxItemAge}).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
